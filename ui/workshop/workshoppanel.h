// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "startsessiondialog.h"

#include <optional>

#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTimer;

namespace wgll {

class AssessmentSession;
class VoteChart;
class VotingRound;

/// The facilitator's side of workshop mode, docked beside the scoring panel: the session and
/// its time box per measure, the voters in register order with their (hidden) votes, a
/// show-of-hands tally, Reveal with the distribution and the spread, and the agreed score with
/// its rationale and dissent. Keyboard: digits enter the next voter's level, Backspace takes
/// the last one back, Ctrl+R reveals, Ctrl+Return agrees and moves on.
class WorkshopPanel : public QWidget
{
    Q_OBJECT
public:
    explicit WorkshopPanel(AssessmentSession &session, QWidget *parent = nullptr);

    /// Records the session and its attendance (participants found by name or added) and starts
    /// voting; false (after the session reported why) on failure.
    bool startSession(const StartSessionDialog::Choices &choices);
    /// Why startSession() would refuse `choices` (a title, facilitator or person the document's
    /// rules refuse), checked before anything is recorded: nothing is ever half-started.
    std::optional<QString> problemWith(const StartSessionDialog::Choices &choices) const;
    VotingRound *round() const { return m_round; }
    /// Follows the statement being scored.
    void setStatement(const QString &indicator);
    /// Time spent on the current success measure, and its time box, in seconds.
    qint64 elapsedSeconds() const;
    int timeBoxSeconds() const { return m_agenda.minutesFor(m_measure) * 60; }
    QString timerText() const;
    /// The same without the measure: "04:12 of 15:00".
    QString clockText() const;

Q_SIGNALS:
    /// The agreed score was recorded: the window moves on to the next statement.
    void agreed();
    /// The round or the timer changed (the presenter view follows).
    void shownChanged();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    /// The heading, timer, voters, show of hands, Reveal, spread and vote chart.
    void buildVoting();
    /// The agreed score, rationale, dissent, Agree and the decision log.
    void buildAgreement();
    void connectControls();
    void refresh();
    void tick();
    bool agree();

    AssessmentSession &m_session;
    VotingRound *m_round = nullptr;
    StartSessionDialog::Choices m_agenda; ///< the minutes per measure (its agenda)
    QString m_measure;
    QElapsedTimer m_measureClock;
    QTimer *m_ticker = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_timer = nullptr;
    QTableWidget *m_voters = nullptr;
    QLineEdit *m_tally = nullptr;
    QPushButton *m_reveal = nullptr;
    QLabel *m_spread = nullptr;
    VoteChart *m_chart = nullptr;
    QSpinBox *m_agreed = nullptr;
    QLineEdit *m_rationale = nullptr;
    QLineEdit *m_dissent = nullptr;
    QPushButton *m_agree = nullptr;
    QLineEdit *m_decision = nullptr;
};

} // namespace wgll
