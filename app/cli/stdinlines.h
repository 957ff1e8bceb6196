// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <memory>

namespace wgll::cli {

/// Standard input, one line at a time, as signals on the thread that made this object: a reader
/// thread blocks in the read so the event loop (the voting server) never does. Works the same
/// for a terminal, a pipe or a file, on every platform. Once this object is destroyed no more
/// lines are delivered (the thread, still blocked in its read, ends with the process).
class StdinLines : public QObject
{
    Q_OBJECT
public:
    explicit StdinLines(QObject *parent = nullptr);
    ~StdinLines() override;
    StdinLines(const StdinLines &) = delete;
    StdinLines &operator=(const StdinLines &) = delete;

    /// Starts reading; call once.
    void start();

Q_SIGNALS:
    void lineRead(const QString &line);
    /// Standard input ended (or failed).
    void ended();

private:
    struct Target;
    std::shared_ptr<Target> m_target;
};

} // namespace wgll::cli
