// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QWidget>

class QListWidget;
class QListWidgetItem;

namespace wgll {

/// What the welcome page says about one recent file, read through core without opening it for
/// editing (no working copy, no lock): who and which period it assesses and when it was last
/// saved, or why it cannot be read.
struct RecentFileSummary
{
    QString path;
    QString organisation;
    QString period;
    QDateTime lastSaved;
    /// Empty when the file was read; otherwise why not ("not found", or the reader's reason).
    QString problem;

    static RecentFileSummary read(const QString &path);
};

/// The page the window shows when no assessment is open (at start and after File → Close): New,
/// Open, the recent files with their organisation, period and last saved time, and the demo.
/// Tab reaches every control, Enter presses a button or opens the recent file it is on.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    /// `recent` most recent first; `demoAvailable` offers the demo button.
    WelcomePage(const QStringList &recent, bool demoAvailable, QWidget *parent = nullptr);

    /// The list of recent files (for the window to focus first).
    QListWidget *recentList() const { return m_recent; }
    /// Room for the buttons and a recent file's details on one line: the window with nothing
    /// open was once 309×100, one line of text.
    QSize sizeHint() const override { return QWidget::sizeHint().expandedTo(QSize(720, 420)); }

Q_SIGNALS:
    void newRequested();
    void openRequested();
    void demoRequested();
    void recentChosen(const QString &path);

private:
    QWidget *buildButtons(bool demoAvailable);
    void addRecent(const RecentFileSummary &summary);

    QListWidget *m_recent = nullptr;
};

} // namespace wgll
