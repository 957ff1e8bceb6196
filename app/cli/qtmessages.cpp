// SPDX-License-Identifier: GPL-3.0-or-later
#include "qtmessages.h"

#include "util/safetext.h"

#include <QString>
#include <QtGlobal>

#include <atomic>
#include <cstdio>

namespace wgll::cli {

namespace {

std::atomic<bool> g_verbose{false};

// What the environment says about itself, not about the command: never worth a line.
bool aboutThePlatform(const QMessageLogContext &context, const QString &message)
{
    const QLatin1StringView category(context.category ? context.category : "");
    return category.startsWith(QLatin1StringView("qt.qpa")) || message.startsWith(u"QStandardPaths:") ||
           message.contains(u"XDG_RUNTIME_DIR");
}

void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtFatalMsg && (!g_verbose || aboutThePlatform(context, message)))
        return;
    const QByteArray line = "wgll: qt: " + text::escapeUnsafe(message, text::Keep::Nothing).toUtf8() + '\n';
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stderr);
    std::fflush(stderr);
}

} // namespace

void installQtMessageHandler(bool verbose)
{
    g_verbose = verbose;
    qInstallMessageHandler(handle);
}

void setQtMessagesVerbose(bool verbose)
{
    g_verbose = verbose;
}

} // namespace wgll::cli
