// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QScreen;

namespace wgll {

class AssessmentSession;
class JoinCodeWidget;
class VoteChart;
class WorkshopPanel;

/// What the room sees on the projector: the statement in large type, the level descriptors,
/// the measure's timer, "6 of 8 voted" and, while the room votes from phones, the join code
/// (QR code, address, session code) until the reveal; only after reveal, the votes per level
/// and the spread. High contrast whatever the window's colours. It never shows notes, evidence,
/// other statements or who is still to vote.
class PresenterView : public QWidget
{
    Q_OBJECT
public:
    PresenterView(AssessmentSession &session, WorkshopPanel &panel, QWidget *parent = nullptr);

    /// Full screen on `screen` when one is chosen; otherwise full screen on a screen the
    /// workbench is not on when there is one, else a window beside the workbench.
    void present(QScreen *screen = nullptr);
    /// Everything shown, as text (tests; the accessible description).
    QString shownText() const;

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    /// Type scales with the window: the same view reads on a laptop and on a wall.
    void resizeEvent(QResizeEvent *event) override;

private:
    void refresh();

    AssessmentSession &m_session;
    WorkshopPanel &m_panel;
    QLabel *m_measure = nullptr;
    QLabel *m_statement = nullptr;
    QLabel *m_levels = nullptr;
    QLabel *m_timer = nullptr;
    QLabel *m_spread = nullptr;
    VoteChart *m_chart = nullptr;
    JoinCodeWidget *m_join = nullptr;
};

} // namespace wgll
