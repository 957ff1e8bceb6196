// SPDX-License-Identifier: GPL-3.0-or-later
#include "workshoppanel.h"
#include "workshop/interruptedsession.h"
#include "assessment/statuses.h"
#include "textinput.h"
#include "assessment/textlimits.h"
#include "assessment/workshoprules.h"

#include "charts/votechart.h"
#include "joincodewidget.h"
#include "session/assessmentsession.h"
#include "storage/document.h"
#include "votinground.h"
#include "votingserver.h"

#include <QAction>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace wgll {

WorkshopPanel::WorkshopPanel(AssessmentSession &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("workshopPanel"));
    setFocusPolicy(Qt::StrongFocus);
    buildVoting();
    buildAgreement();
    buildPhones();
    buildRounds();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_timer);
    layout->addWidget(m_join);
    layout->addWidget(m_voters, 1);
    auto *release = new QToolButton(this);
    release->setObjectName(QStringLiteral("releasePhoneButton"));
    release->setDefaultAction(m_release);
    release->setToolButtonStyle(Qt::ToolButtonTextOnly);
    layout->addWidget(release, 0, Qt::AlignRight);
    layout->addWidget(m_tally);
    layout->addWidget(m_reveal);
    layout->addWidget(m_spread);
    layout->addWidget(m_record);
    auto *rounds = new QHBoxLayout;
    rounds->addWidget(m_voteAgain);
    rounds->addWidget(m_reopen);
    layout->addLayout(rounds);
    layout->addWidget(m_chart, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("A&greed score"), m_agreed);
    form->addRow(tr("Ra&tionale"), m_rationale);
    form->addRow(tr("&Dissent"), m_dissent);
    layout->addLayout(form);
    layout->addWidget(m_agree);
    layout->addWidget(m_decision);

    m_ticker = new QTimer(this);
    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, &WorkshopPanel::tick);
    connectControls();
    refresh();
}

void WorkshopPanel::buildVoting()
{
    m_heading = new QLabel(tr("No workshop session: Workshop → Start Session (Ctrl+Shift+W)."), this);
    m_heading->setObjectName(QStringLiteral("workshopHeading"));
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    m_timer = new QLabel(this);
    m_timer->setObjectName(QStringLiteral("workshopTimer"));
    m_timer->setTextFormat(Qt::PlainText);
    QFont big = m_timer->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_timer->setFont(big);
    m_voters = new QTableWidget(0, 3, this);
    m_voters->setObjectName(QStringLiteral("voters"));
    m_voters->setAccessibleName(tr("Voters, their phones and their votes"));
    m_voters->setHorizontalHeaderLabels({tr("Voter"), tr("Phone"), tr("Vote")});
    m_voters->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_voters->setSelectionMode(QAbstractItemView::SingleSelection);
    m_voters->verticalHeader()->hide();
    m_voters->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_voters->setTabKeyNavigation(false);
    m_voters->setFocusPolicy(Qt::NoFocus); // digits typed in the panel fill it in order
    m_voters->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tally = new QLineEdit(this);
    m_tally->setObjectName(QStringLiteral("tally"));
    m_tally->setAccessibleName(tr("Show of hands, as level × count"));
    m_tally->setPlaceholderText(tr("Show of hands: 3×2, 4×5 (level × hands), Enter"));
    m_reveal = new QPushButton(tr("&Reveal (Ctrl+R)"), this);
    m_reveal->setObjectName(QStringLiteral("reveal"));
    m_spread = new QLabel(this);
    m_spread->setObjectName(QStringLiteral("spread"));
    m_spread->setTextFormat(Qt::PlainText);
    m_spread->setWordWrap(true);
    m_chart = new VoteChart(this);
    m_chart->setMinimumHeight(150);
}

void WorkshopPanel::buildAgreement()
{
    m_agreed = new QSpinBox(this);
    m_agreed->setObjectName(QStringLiteral("agreedScore"));
    m_agreed->setAccessibleName(tr("Agreed score"));
    m_agreed->setRange(m_session.framework().scale.min, m_session.framework().scale.max);
    m_rationale = new QLineEdit(this);
    m_rationale->setObjectName(QStringLiteral("rationale"));
    m_rationale->setAccessibleName(tr("Rationale for the agreed score"));
    limitLength(*m_rationale, text::MaxLongText);
    m_dissent = new QLineEdit(this);
    m_dissent->setObjectName(QStringLiteral("dissent"));
    m_dissent->setAccessibleName(tr("Dissent, if any"));
    limitLength(*m_dissent, text::MaxLongText);
    m_agree = new QPushButton(tr("&Agree and next (Ctrl+Return)"), this);
    m_agree->setObjectName(QStringLiteral("agree"));
    m_decision = new QLineEdit(this);
    m_decision->setObjectName(QStringLiteral("logDecision"));
    m_decision->setAccessibleName(tr("Log a decision on this statement"));
    m_decision->setPlaceholderText(tr("Log a decision or action agreed, Enter"));
    limitLength(*m_decision, text::MaxLongText);
}

void WorkshopPanel::buildRounds()
{
    m_record = new QLabel(this);
    m_record->setObjectName(QStringLiteral("statementRecord"));
    m_record->setTextFormat(Qt::PlainText);
    m_record->setWordWrap(true);
    m_record->hide();
    m_reopenAction = new QAction(tr("Re&open Statement"), this);
    m_reopenAction->setObjectName(QStringLiteral("reopenStatement"));
    m_reopenAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_reopenAction->setEnabled(false);
    m_voteAgainAction = new QAction(tr("&Vote Again"), this);
    m_voteAgainAction->setObjectName(QStringLiteral("voteAgainAction"));
    m_voteAgainAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_voteAgainAction->setEnabled(false);
    connect(m_reopenAction, &QAction::triggered, this, [this] {
        m_completedMeasure.clear();
        if (m_round && m_round->reopen())
            setFocus(); // the next digits typed are the new round's votes
    });
    connect(m_voteAgainAction, &QAction::triggered, this, [this] {
        if (m_round && m_round->revote())
            setFocus();
    });
    m_reopen = new QPushButton(tr("Reopen (Ctrl+Shift+O)"), this);
    m_reopen->setObjectName(QStringLiteral("reopen"));
    m_voteAgain = new QPushButton(tr("Vote again (Ctrl+Shift+R)"), this);
    m_voteAgain->setObjectName(QStringLiteral("voteAgain"));
    connect(m_reopen, &QPushButton::clicked, m_reopenAction, &QAction::trigger);
    connect(m_voteAgain, &QPushButton::clicked, m_voteAgainAction, &QAction::trigger);
}

WorkshopPanel::~WorkshopPanel()
{
    // Before the round it serves goes (the children are deleted after this). Closing the file
    // or the window stopped the phones already (MainWindow::closeAssessment); a panel destroyed
    // without that is the workbench going away as in a crash, so the page's link stays in the
    // file and Continue Session serves it again.
    dropServer();
}

void WorkshopPanel::buildPhones()
{
    m_join = new JoinCodeWidget(JoinCodeWidget::Arrangement::Beside, this);
    m_join->setQrSide(150);
    m_join->hide();
    m_release = new QAction(tr("Release phone"), this);
    m_release->setObjectName(QStringLiteral("releasePhone"));
    m_release->setEnabled(false);
    m_release->setVisible(false); // its button and menu item: only while phones vote
    m_voters->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_voters->addAction(m_release);
    connect(m_release, &QAction::triggered, this, &WorkshopPanel::releaseSelected);
    connect(m_voters, &QTableWidget::itemSelectionChanged, this, &WorkshopPanel::updateRelease);
}

Result<QString> WorkshopPanel::startPhoneVoting(const QHostAddress &address, quint16 port)
{
    if (!m_round)
        return Error{ErrorKind::Conflict, {}, 0, tr("no workshop session is running"), {}};
    auto *server = new net::VotingServer(m_round->room(), this);
    const Result<quint16> listening = server->start(address, port);
    if (!listening) {
        delete server; // a refused start changes nothing: one already serving goes on
        return listening.error();
    }
    if (const Status kept = m_round->room().keepLink(address.toString(), *listening); !kept) {
        delete server;
        return kept.error();
    }
    if (m_phones) {
        delete m_phones; // serving elsewhere now: the old listener goes, the link stays (kept above)
        m_phones = nullptr;
    }
    m_phones = server;
    connect(m_phones, &net::VotingServer::roomChanged, m_round, &VotingRound::roomChangedElsewhere);
    m_join->setJoin(joinUrl(), m_round->room().secret());
    m_join->show();
    m_release->setVisible(true);
    Q_EMIT phoneVotingChanged(true);
    refresh();
    return joinUrl();
}

void WorkshopPanel::stopPhoneVoting()
{
    if (!m_phones)
        return;
    dropServer();
    // Nothing serves the page now: its secret and tokens' digests leave the file. When that
    // cannot be written, they stay (sealed, so honoured only here) and the facilitator is told.
    if (const Status forgotten = m_round->room().forgetLink(); !forgotten)
        Q_EMIT m_session.failed(forgotten.error().toString());
}

void WorkshopPanel::dropServer()
{
    if (!m_phones)
        return;
    delete m_phones; // its destructor closes the listener and every connection
    m_phones = nullptr;
    m_join->setJoin({}, {});
    m_join->hide();
    m_release->setVisible(false);
    Q_EMIT phoneVotingChanged(false);
    refresh();
}

QString WorkshopPanel::joinUrl() const
{
    return m_phones ? m_phones->joinUrl() : QString();
}

QString WorkshopPanel::countText() const
{
    if (!m_round || !m_round->isOpen() || m_round->isRevealed())
        return {};
    const workshop::VotingRoom::Count c = m_round->count();
    return tr("%1 of %2 voted").arg(c.voted).arg(c.of);
}

void WorkshopPanel::releaseSelected()
{
    const int row = m_voters->currentRow();
    if (!m_round || row < 0 || !m_round->room().release(row))
        return;
    refresh();
}

void WorkshopPanel::connectControls()
{
    connect(m_reveal, &QPushButton::clicked, this, [this] {
        if (m_round)
            m_round->reveal();
    });
    connect(m_agree, &QPushButton::clicked, this, &WorkshopPanel::agree);
    connect(m_decision, &QLineEdit::returnPressed, this, [this] {
        if (!m_round || m_decision->text().trimmed().isEmpty())
            return;
        Decision d;
        d.session = m_round->workshopSession();
        d.indicator = m_round->statement();
        d.text = m_decision->text().trimmed();
        if (m_session.recordDecision(d))
            m_decision->clear();
    });
    connect(m_tally, &QLineEdit::returnPressed, this, [this] {
        QString problem;
        if (!m_round || !m_round->enterTally(m_tally->text(), problem)) {
            m_spread->setText(problem);
            return;
        }
        m_tally->clear();
        setFocus();
    });
}

std::optional<QString> WorkshopPanel::problemWith(const StartSessionDialog::Choices &choices) const
{
    const WorkshopSession s{0, choices.title, choices.date, choices.facilitator, {}};
    if (const auto problem = workshoprules::problemWith(s))
        return problem;
    const std::pair<QString, const QList<StartSessionDialog::Person> *> lists[] = {
        {displayName(Attendance::Present), &choices.present}, {displayName(Attendance::Apologies), &choices.apologies}};
    for (const auto &[list, people] : lists) {
        for (qsizetype i = 0; i < people->size(); ++i) {
            const StartSessionDialog::Person &p = people->at(i);
            if (const auto problem = workshoprules::problemWith(Participant{0, p.name, p.role, p.organisation}))
                return tr("%1 (%2, person %3)").arg(*problem, list).arg(i + 1);
        }
    }
    return std::nullopt;
}

bool WorkshopPanel::startSession(const StartSessionDialog::Choices &choices)
{
    if (problemWith(choices))
        return false;
    auto idOf = [this](const StartSessionDialog::Person &p) -> std::optional<qint64> {
        for (const Participant &known : m_session.workshop().participants) {
            if (known.name.compare(p.name, Qt::CaseInsensitive) == 0)
                return known.id;
        }
        return m_session.addParticipant({0, p.name, p.role, p.organisation});
    };
    WorkshopSession s{0, choices.title, choices.date, choices.facilitator, {}, choices.rule};
    QList<qint64> voters;
    for (const StartSessionDialog::Person &p : choices.present) {
        const std::optional<qint64> id = idOf(p);
        if (!id)
            return false;
        if (!voters.contains(*id)) {
            voters.append(*id);
            s.attendance.append({*id, storedName(Attendance::Present)});
        }
    }
    for (const StartSessionDialog::Person &p : choices.apologies) {
        const std::optional<qint64> id = idOf(p);
        if (!id)
            return false;
        if (!voters.contains(*id))
            s.attendance.append({*id, storedName(Attendance::Apologies)});
    }
    const std::optional<qint64> sessionId = m_session.startWorkshopSession(s);
    if (!sessionId)
        return false;
    // A new session, not the interrupted one continued: the page phones were voting on when
    // the workbench stopped will not be served again, so its secret and digests leave the file.
    for (const qint64 stale : m_session.document().sessionsWithVotingLink())
        (void)m_session.document().forgetVotingLink(stale);
    beginSession(*sessionId, voters, choices);
    return true;
}

std::optional<WorkshopSession> WorkshopPanel::interruptedSession() const
{
    return workshop::interruptedSession(m_session.document());
}

std::optional<workshop::VotingRoom::Endpoint> WorkshopPanel::phoneEndpoint() const
{
    return m_round && m_phones ? m_round->room().servedAt() : std::nullopt;
}

std::optional<workshop::VotingRoom::Endpoint> WorkshopPanel::keptPhoneLink() const
{
    return m_round ? m_round->room().keptLink() : std::nullopt;
}

Result<QString> WorkshopPanel::resumePhoneVoting()
{
    const std::optional<workshop::VotingRoom::Endpoint> at = keptPhoneLink();
    if (!at)
        return Error{ErrorKind::NotFound, {}, 0, tr("phones were not voting in this session"), {}};
    m_round->room().takeUpKeptLink();
    const Result<QString> url = startPhoneVoting(QHostAddress(at->address), at->port);
    if (!url)
        dropKeptPhoneLink();
    return url;
}

void WorkshopPanel::dropKeptPhoneLink()
{
    if (!m_round)
        return;
    if (const Status dropped = m_round->room().dropKeptLink(); !dropped)
        Q_EMIT m_session.failed(dropped.error().toString());
    refresh(); // no name is claimed now
}

bool WorkshopPanel::continueSession(const WorkshopSession &session)
{
    QList<qint64> voters;
    StartSessionDialog::Choices choices;
    choices.title = session.title;
    choices.date = session.date;
    choices.facilitator = session.facilitator;
    choices.rule = session.disagreementRule;
    choices.agenda = StartSessionDialog::defaultAgenda(m_session.framework());
    for (const WorkshopSession::Attendance &a : session.attendance) {
        if (a.status != storedName(Attendance::Present))
            continue;
        voters.append(a.participant);
        const Participant *p = m_session.workshop().participant(a.participant);
        choices.present.append({p ? p->name : QString(), p ? p->role : QString(), p ? p->organisation : QString()});
    }
    if (voters.isEmpty())
        return false;
    beginSession(session.id, voters, choices);
    return true;
}

void WorkshopPanel::beginSession(qint64 sessionId, const QList<qint64> &voters, const StartSessionDialog::Choices &choices)
{
    stopPhoneVoting(); // the phones were voting in the session that ends here
    m_agenda = choices;
    m_session.setWorkshopSession(sessionId);
    delete m_round;
    // Over a session with rounds in the file, the room takes each blind round up again
    // (VotingRoom::over): coming to its statement shows the votes already in.
    m_round = new VotingRound(m_session, sessionId, voters, this);
    connect(m_round, &VotingRound::changed, this, &WorkshopPanel::refresh);
    // The rule is said up front: the room knows what DISAGREEMENT will mean before it votes.
    m_heading->setText(tr("%1, %2 · %3 voting · disagreement: %4")
                           .arg(choices.title, QLocale().toString(choices.date, QLocale::ShortFormat))
                           .arg(voters.size())
                           .arg(StartSessionDialog::explain(choices.rule).remove(u'&')));
    m_ticker->start();
    m_measure.clear();
    refresh();
    Q_EMIT sessionStarted();
}

void WorkshopPanel::setStatement(const QString &indicator)
{
    if (!m_round || indicator.isEmpty() || indicator == m_round->statement())
        return;
    m_completedMeasure.clear(); // moved on: the radar gives way to the statement
    // The time box runs per success measure: a new measure starts its clock.
    const Measure *measure = m_session.framework().measureOf(indicator);
    if (measure && measure->id != m_measure) {
        m_measure = measure->id;
        m_measureClock.start();
    }
    m_round->setStatement(indicator);
}

qint64 WorkshopPanel::elapsedSeconds() const
{
    return m_measureClock.isValid() ? m_measureClock.elapsed() / 1000 : 0;
}

QString WorkshopPanel::timerText() const
{
    if (!m_round || m_measure.isEmpty())
        return {};
    const Measure *measure = m_session.framework().measure(m_measure);
    return (measure ? measure->title + u"  " : QString()) + clockText();
}

QString WorkshopPanel::clockText() const
{
    if (!m_round || m_measure.isEmpty())
        return {};
    const qint64 s = elapsedSeconds();
    return tr("%1:%2 of %3:00%4")
        .arg(s / 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'))
        .arg(m_agenda.minutesFor(m_measure))
        .arg(s > timeBoxSeconds() ? tr(" (over time)") : QString());
}

void WorkshopPanel::tick()
{
    m_timer->setText(timerText());
    Q_EMIT shownChanged();
}

void WorkshopPanel::refresh()
{
    const bool active = m_round && m_round->isOpen();
    const bool revealed = active && m_round->isRevealed();
    const std::optional<workshop::StatementRecord> record = m_round ? m_round->record() : std::nullopt;
    m_tally->setEnabled(active && !revealed);
    m_reveal->setEnabled(active && !revealed && m_round->votesIn() > 0);
    m_agreed->setEnabled(revealed);
    m_agree->setEnabled(revealed);
    m_rationale->setEnabled(active);
    m_dissent->setEnabled(active);
    m_decision->setEnabled(active || record.has_value());
    m_reopenAction->setEnabled(record.has_value());
    m_reopen->setVisible(record.has_value());
    m_voteAgainAction->setEnabled(revealed);
    m_voteAgain->setVisible(revealed);
    m_timer->setText(timerText());
    if (!m_round) {
        Q_EMIT shownChanged();
        return;
    }
    refreshVoters();
    m_record->setVisible(record.has_value());
    if (record)
        showRecord(*record);
    else
        showRound(active);
    Q_EMIT shownChanged();
}

void WorkshopPanel::showRecord(const workshop::StatementRecord &record)
{
    const Scale &scale = m_session.framework().scale;
    m_record->setText(VotingRound::describe(record, scale));
    m_spread->clear();
    m_chart->setCounts(VotingRound::latestDistribution(record, scale), scale.min);
    m_agreed->setValue(record.agreed);
    m_rationale->setText(record.decision.rationale);
    m_dissent->setText(record.decision.dissent);
}

void WorkshopPanel::showRound(bool active)
{
    const std::optional<workshop::VoteSummary> s = m_round->summary();
    if (s) {
        m_spread->setText(VotingRound::describeWithWarning(*s, tr("DISAGREEMENT: talk it through")));
        m_chart->setCounts(s->distribution, m_session.framework().scale.min);
        m_agreed->setValue(s->suggested);
        return;
    }
    const QStringList waiting = m_round->count().waiting;
    m_spread->setText(!active ? QString()
                      : waiting.isEmpty()
                          ? tr("%1, hidden until Reveal").arg(countText())
                          : tr("%1, hidden until Reveal. Still to vote: %2")
                                .arg(countText(), waiting.join(QStringLiteral(", "))));
    m_chart->setCounts({}, 0);
    m_rationale->clear();
    m_dissent->clear();
}

void WorkshopPanel::refreshVoters()
{
    const workshop::VotingRoom &room = m_round->room();
    m_voters->setRowCount(static_cast<int>(m_round->voters().size()));
    for (int i = 0; i < m_round->voters().size(); ++i) {
        m_voters->setItem(i, 0, new QTableWidgetItem(m_round->voterName(i)));
        m_voters->setItem(i, 1, new QTableWidgetItem(room.isClaimed(i) ? tr("claimed") : QString()));
        auto *vote = new QTableWidgetItem(m_round->shownVote(i));
        vote->setTextAlignment(Qt::AlignCenter);
        m_voters->setItem(i, 2, vote);
    }
    updateRelease();
}

void WorkshopPanel::updateRelease()
{
    const int row = m_voters->currentRow();
    if (!m_round) {
        m_release->setEnabled(false);
        return;
    }
    const workshop::VotingRoom &room = m_round->room();
    const bool claimed = row >= 0 && room.isClaimed(row);
    m_release->setEnabled(claimed);
    m_release->setText(claimed ? tr("Release %1's phone").arg(m_round->voterName(row)) : tr("Release phone"));
}

bool WorkshopPanel::agree()
{
    if (!m_round)
        return false;
    if (!m_completedMeasure.isEmpty() && !m_round->isRevealed()) {
        // The room has seen the measure's radar: Agree and next moves on.
        m_completedMeasure.clear();
        Q_EMIT agreed();
        return true;
    }
    const QString statement = m_round->statement();
    if (!m_round->agree(m_agreed->value(), m_rationale->text(), m_dissent->text()))
        return false;
    const Measure *measure = m_session.framework().measureOf(statement);
    if (measure && !measure->indicators.isEmpty() && measure->indicators.last().id == statement)
        m_completedMeasure = measure->id;
    Q_EMIT shownChanged();
    Q_EMIT agreed();
    setFocus();
    return true;
}

void WorkshopPanel::keyPressEvent(QKeyEvent *event)
{
    if (!m_round) {
        QWidget::keyPressEvent(event);
        return;
    }
    const int key = event->key();
    if (event->modifiers() & Qt::ControlModifier) {
        if (key == Qt::Key_R) {
            m_round->reveal();
            return;
        }
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            agree();
            return;
        }
    } else if (key >= Qt::Key_0 && key <= Qt::Key_9) {
        m_round->enterNext(key - Qt::Key_0);
        return;
    } else if (key == Qt::Key_Backspace) {
        m_round->undoLast();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace wgll
