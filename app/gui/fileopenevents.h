// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace wgll {

/// Opens the documents the system hands the running program as QFileOpenEvents: on macOS a
/// .wgll double-clicked in Finder or dropped on the Dock icon arrives that way, never in argv.
/// Installed on the application; each file is passed to `open` (the window's own openFile, so
/// its unsaved-changes question still comes first) from the event loop, not from inside the
/// event, and one at a time: a file arriving while a question is on screen waits its turn.
class FileOpenEvents : public QObject
{
    Q_OBJECT
public:
    using Open = std::function<bool(const QString &fileName)>;
    explicit FileOpenEvents(Open open, QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void openPending();

    Open m_open;
    QStringList m_pending;
    bool m_opening = false;
};

} // namespace wgll
