// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "startsessiondialog.h"
#include "util/result.h"
#include "workshop/statementrecord.h"
#include "workshop/votingroom.h"

#include <optional>

#include <QHostAddress>

#include <QElapsedTimer>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTimer;

namespace wgll::net {
class VotingServer;
}

namespace wgll {

class AssessmentSession;
class JoinCodeWidget;
class VoteChart;
class VotingRound;

/// The facilitator's side of workshop mode, docked beside the scoring panel: the session and
/// its time box per measure, the voters in register order with their (hidden) votes, a
/// show-of-hands tally, Reveal with the distribution and the spread, and the agreed score with
/// its rationale and dissent. Keyboard: digits enter the next voter's level, Backspace takes
/// the last one back, Ctrl+R reveals, Ctrl+Return agrees and moves on.
///
/// While the room votes from phones it owns the voting server (net::VotingServer) over its
/// round's room, shows the join code, which names are claimed ("Release NAME's phone" frees
/// one) and "6 of 8 voted" with the names still to vote, never a level before the reveal. The
/// server goes with the session: a new session, the file closed or the window closed stops it.
class WorkshopPanel : public QWidget
{
    Q_OBJECT
public:
    explicit WorkshopPanel(AssessmentSession &session, QWidget *parent = nullptr);
    ~WorkshopPanel() override;

    /// Records the session and its attendance (participants found by name or added) and starts
    /// voting; false (after the session reported why) on failure.
    bool startSession(const StartSessionDialog::Choices &choices);
    /// The session a crash or a closed window left mid-vote, if any
    /// (workshop::interruptedSession(): a round still blind, or phones still voting).
    std::optional<WorkshopSession> interruptedSession() const;
    /// Takes `session` up again with its people present: every round left blind comes back
    /// with its votes when its statement is shown. False when nobody was present.
    bool continueSession(const WorkshopSession &session);
    /// Where phones are voting now, if they are.
    std::optional<workshop::VotingRoom::Endpoint> phoneEndpoint() const;
    /// Where phones were voting in the continued session when the workbench stopped (this
    /// user's own kept link), until it is resumed or dropped.
    std::optional<workshop::VotingRoom::Endpoint> keptPhoneLink() const;
    /// Serves the page at keptPhoneLink() again with its secret and claims, so every phone
    /// reconnects as the voter it was; the join address, or why not (then the kept link is
    /// dropped: a new secret, every name free).
    Result<QString> resumePhoneVoting();
    /// The kept link will not be served again: a new secret, and it leaves the file.
    void dropKeptPhoneLink();
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

    /// Starts serving the phones' page for the running session on `address` only (port 0: any
    /// free one), keeping the address, secret and tokens' digests in the file while it serves
    /// (VotingRoom::keepLink); the join address, or why not (no session, the port in use, the
    /// file not writable), changing nothing.
    Result<QString> startPhoneVoting(const QHostAddress &address, quint16 port);
    /// Stops serving: the listener is closed and every phone's connection with it, and the
    /// address, secret and digests leave the file (VotingRoom::forgetLink).
    void stopPhoneVoting();
    const net::VotingServer *phoneServer() const { return m_phones; }
    /// The address phones join at, empty when not serving.
    QString joinUrl() const;
    /// "6 of 8 voted" before the reveal (empty when no vote is open).
    QString countText() const;
    /// The success measure whose last statement was just agreed (the presenter view shows its
    /// radar), until the facilitator moves on; empty otherwise.
    QString completedMeasure() const { return m_completedMeasure; }
    /// Workshop → Reopen Statement (Ctrl+Shift+O): a new round on the decided statement in view.
    QAction *reopenAction() const { return m_reopenAction; }
    /// Workshop → Vote Again (Ctrl+Shift+R): after the reveal, a second round on the statement.
    QAction *voteAgainAction() const { return m_voteAgainAction; }

Q_SIGNALS:
    /// The agreed score was recorded: the window moves on to the next statement, unless it
    /// completed a measure (completedMeasure()): then it stays for the room to see the radar,
    /// and Agree and next again moves on.
    void agreed();
    /// The round or the timer changed (the presenter view follows).
    void shownChanged();
    /// A session was started: phone voting may be offered.
    void sessionStarted();
    /// The phones' server started or stopped.
    void phoneVotingChanged(bool serving);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    /// The heading, timer, voters, show of hands, Reveal, spread and vote chart.
    void buildVoting();
    /// The agreed score, rationale, dissent, Agree and the decision log.
    void buildAgreement();
    void connectControls();
    /// The phone column's claims and the Release action for the selected voter.
    void buildPhones();
    /// The Reopen and Vote Again actions, and their buttons.
    void buildRounds();
    void refresh();
    /// A decided statement: its record, the latest round's chart, the agreed score and why.
    void showRecord(const workshop::StatementRecord &record);
    /// The open round: "6 of 8 voted" and who is still to vote, or the spread once revealed.
    void showRound(bool active);
    void refreshVoters();
    void updateRelease();
    void releaseSelected();
    void tick();
    bool agree();
    /// Closes the listener and every phone's connection, leaving the page's link in the file.
    void dropServer();

    AssessmentSession &m_session;
    VotingRound *m_round = nullptr;
    StartSessionDialog::Choices m_agenda; ///< the minutes per measure (its agenda)
    /// What starting and continuing a session share: the room, its heading and the timer.
    void beginSession(qint64 sessionId, const QList<qint64> &voters, const StartSessionDialog::Choices &choices);
    QString m_measure;
    QString m_completedMeasure;
    QElapsedTimer m_measureClock;
    QTimer *m_ticker = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_timer = nullptr;
    QTableWidget *m_voters = nullptr;
    QLineEdit *m_tally = nullptr;
    QPushButton *m_reveal = nullptr;
    QLabel *m_spread = nullptr;
    QLabel *m_record = nullptr;
    QPushButton *m_reopen = nullptr;
    QPushButton *m_voteAgain = nullptr;
    QAction *m_reopenAction = nullptr;
    QAction *m_voteAgainAction = nullptr;
    VoteChart *m_chart = nullptr;
    QSpinBox *m_agreed = nullptr;
    QLineEdit *m_rationale = nullptr;
    QLineEdit *m_dissent = nullptr;
    QPushButton *m_agree = nullptr;
    QLineEdit *m_decision = nullptr;
    QAction *m_release = nullptr;
    JoinCodeWidget *m_join = nullptr;
    net::VotingServer *m_phones = nullptr;
};

} // namespace wgll
