// SPDX-License-Identifier: GPL-3.0-or-later
#include "stdinlines.h"

#include <iostream>
#include <mutex>
#include <string>
#include <thread>

namespace wgll::cli {

/// Shared by the object and its reader thread: the thread posts to `object` only while holding
/// the lock and only while it is set, and the destructor clears it under the same lock.
struct StdinLines::Target
{
    std::mutex mutex;
    StdinLines *object = nullptr;
};

StdinLines::StdinLines(QObject *parent) : QObject(parent), m_target(std::make_shared<Target>())
{
    m_target->object = this;
}

StdinLines::~StdinLines()
{
    const std::lock_guard<std::mutex> lock(m_target->mutex);
    m_target->object = nullptr;
}

void StdinLines::start()
{
    std::thread([target = m_target] {
        std::string line;
        bool more = true;
        while (more) {
            more = static_cast<bool>(std::getline(std::cin, line));
            const QString text = QString::fromUtf8(line.data(), static_cast<qsizetype>(line.size())).trimmed();
            const std::lock_guard<std::mutex> lock(target->mutex);
            if (!target->object)
                return;
            StdinLines *object = target->object;
            // Queued: the signal is emitted on the object's own thread, in the order read.
            QMetaObject::invokeMethod(
                object, [object, text, more] { more ? Q_EMIT object->lineRead(text) : Q_EMIT object->ended(); },
                Qt::QueuedConnection);
        }
    }).detach();
}

} // namespace wgll::cli
