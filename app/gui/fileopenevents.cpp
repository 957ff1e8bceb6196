// SPDX-License-Identifier: GPL-3.0-or-later
#include "fileopenevents.h"

#include <QFileOpenEvent>
#include <QTimer>
#include <QUrl>

namespace wgll {

FileOpenEvents::FileOpenEvents(Open open, QObject *parent) : QObject(parent), m_open(std::move(open))
{
}

bool FileOpenEvents::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::FileOpen)
        return QObject::eventFilter(watched, event);
    const auto *fileOpen = static_cast<QFileOpenEvent *>(event);
    const QString fileName = fileOpen->file().isEmpty() ? fileOpen->url().toLocalFile() : fileOpen->file();
    if (fileName.isEmpty())
        return false; // not a local file (a URL scheme): not ours to handle
    m_pending.append(fileName);
    // Not from inside the event: opening may ask about unsaved changes in a modal dialog.
    QTimer::singleShot(0, this, &FileOpenEvents::openPending);
    return true;
}

void FileOpenEvents::openPending()
{
    // A question on screen runs a nested event loop, where the next file's timer fires too; the
    // outer call opens it once the first is done.
    if (m_opening)
        return;
    m_opening = true;
    while (!m_pending.isEmpty())
        m_open(m_pending.takeFirst());
    m_opening = false;
}

} // namespace wgll
