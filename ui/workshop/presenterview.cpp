// SPDX-License-Identifier: GPL-3.0-or-later
#include "presenterview.h"

#include "charts/votechart.h"
#include "joincodewidget.h"
#include "session/assessmentsession.h"
#include "votinground.h"
#include "votingserver.h"
#include "workshoppanel.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QApplication>
#include <QScreen>
#include <QVBoxLayout>

namespace wgll {

namespace {

QLabel *label(QWidget *parent, const char *name, qreal points, bool bold)
{
    auto *l = new QLabel(parent);
    l->setObjectName(QString::fromLatin1(name));
    l->setTextFormat(Qt::PlainText);
    l->setWordWrap(true);
    QFont f = l->font();
    f.setPointSizeF(points);
    f.setBold(bold);
    l->setFont(f);
    return l;
}

} // namespace

PresenterView::PresenterView(AssessmentSession &session, WorkshopPanel &panel, QWidget *parent)
    : QWidget(parent, Qt::Window), m_session(session), m_panel(panel)
{
    setObjectName(QStringLiteral("presenterView"));
    setWindowTitle(tr("WGLL Workbench: presenter view"));
    // The projector's cable pulled mid-session: Qt moves a full-screen window to a remaining
    // screen, where it would cover the facilitator's. Become a window there instead.
    connect(qApp, &QGuiApplication::screenRemoved, this, [this](const QScreen *gone) {
        if (isVisible() && isFullScreen() && screen() == gone) {
            showNormal();
            resize(1024, 768);
        }
    });
    // High contrast for a projector, whatever the workbench's own colours.
    QPalette p = palette();
    p.setColor(QPalette::Window, Qt::black);
    p.setColor(QPalette::WindowText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(200, 200, 200));
    setPalette(p);
    setAutoFillBackground(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 36, 48, 36);
    auto *top = new QHBoxLayout;
    m_measure = label(this, "presenterMeasure", 22, true);
    m_timer = label(this, "presenterTimer", 22, true);
    m_timer->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_timer->setWordWrap(false);
    top->addWidget(m_measure, 1);
    top->addWidget(m_timer);
    layout->addLayout(top);
    m_statement = label(this, "presenterStatement", 34, true);
    layout->addWidget(m_statement);
    // The join code beside the levels: the room scans it while the statement is read out.
    auto *middle = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    m_levels = label(this, "presenterLevels", 17, false);
    left->addWidget(m_levels);
    m_spread = label(this, "presenterSpread", 24, true);
    left->addWidget(m_spread);
    left->addStretch();
    middle->addLayout(left, 1);
    m_join = new JoinCodeWidget(JoinCodeWidget::Arrangement::Stacked, this);
    m_join->hide();
    middle->addWidget(m_join, 0, Qt::AlignTop);
    layout->addLayout(middle);
    m_chart = new VoteChart(this);
    m_chart->setPalette(p);
    m_chart->setMinimumHeight(220);
    layout->addWidget(m_chart, 1);
    connect(&m_panel, &WorkshopPanel::shownChanged, this, &PresenterView::refresh);
    connect(&m_panel, &WorkshopPanel::phoneVotingChanged, this, &PresenterView::refresh);
    refresh();
}

void PresenterView::present(QScreen *screen)
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    if (!screen && screens.size() > 1) {
        // The projector is a screen the workbench is not on.
        QScreen *mine = parentWidget() ? parentWidget()->screen() : QGuiApplication::primaryScreen();
        screen = screens.first() == mine ? screens.at(1) : screens.first();
    }
    if (screen) {
        // Leave full screen first: a full-screen window does not move to another screen.
        if (isFullScreen())
            showNormal();
        setScreen(screen);
        setGeometry(screen->geometry());
        showFullScreen();
    } else {
        resize(1024, 768);
        show();
    }
    raise();
}

void PresenterView::refresh()
{
    const VotingRound *round = m_panel.round();
    const QString id = round ? round->statement() : QString();
    const Indicator *indicator = m_session.framework().indicator(id);
    const Measure *measure = m_session.framework().measureOf(id);
    m_measure->setText(measure ? measure->id + u"  " + measure->title : tr("Waiting for the workshop to start"));
    m_statement->setText(indicator ? indicator->id + u"  " + indicator->text : QString());
    QStringList levels;
    for (const ScaleLevel &l : m_session.framework().scale.levels)
        levels.append(QString::number(l.value) + u"  " + l.label + (l.description.isEmpty() ? QString() : u": " + l.description));
    m_levels->setText(indicator ? levels.join(u'\n') : QString());
    m_timer->setText(m_panel.clockText());
    const std::optional<workshop::VoteSummary> s = round ? round->summary() : std::nullopt;
    if (s) {
        m_spread->setText(VotingRound::describe(*s, tr("let's talk about it")));
        m_chart->setCounts(s->distribution, m_session.framework().scale.min);
        m_chart->show();
    } else {
        m_spread->setText(indicator ? m_panel.countText() : QString());
        m_chart->setCounts({}, 0);
        m_chart->hide();
    }
    // Before the reveal only: after it the chart needs the room, and everyone has joined.
    const QString url = s ? QString() : m_panel.joinUrl();
    m_join->setJoin(url, url.isEmpty() ? QByteArray() : round->room().secret());
    m_join->setVisible(!url.isEmpty());
    setAccessibleDescription(shownText());
}

QString PresenterView::shownText() const
{
    QStringList parts;
    for (const QLabel *l : {m_measure, m_timer, m_statement, m_levels, m_spread}) {
        if (!l->text().isEmpty())
            parts.append(l->text());
    }
    if (m_join->isVisibleTo(this))
        parts.append(m_join->url() + u'\n' + tr("Session code %1").arg(m_join->code()));
    if (m_chart->isVisibleTo(this))
        parts.append(m_chart->accessibleDescription());
    return parts.join(u'\n');
}

void PresenterView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const int h = std::max(height(), 300);
    auto size = [h](QLabel *l, double share) {
        QFont f = l->font();
        f.setPixelSize(std::max(12, static_cast<int>(h * share)));
        l->setFont(f);
    };
    size(m_measure, 0.035);
    size(m_timer, 0.035);
    size(m_statement, 0.045);
    size(m_levels, 0.021);
    size(m_spread, 0.035);
    size(m_join->findChild<QLabel *>(QStringLiteral("joinAddress")), 0.02);
    size(m_join->findChild<QLabel *>(QStringLiteral("joinSessionCode")), 0.03);
    // Scanned from the back of the room: 290 px at 1024×768 is 7 px a module for a join
    // address (33 modules and the quiet zone), comfortably read from 4 m on a projector.
    m_join->setQrSide(static_cast<int>(h * 0.38));
    // Wider than the code: the secret's 32 digits are one unbreakable line of the address.
    m_join->setFixedWidth(static_cast<int>(h * 0.46));
    QFont chartFont = m_chart->font();
    chartFont.setPixelSize(std::max(12, static_cast<int>(h * 0.022)));
    m_chart->setFont(chartFont);
    refresh();
}

bool PresenterView::event(QEvent *event)
{
    // The main window's scoring keys (digits, N, Enter, Backspace) are window shortcuts that
    // Qt also applies with this window in front: they would score the statement outright,
    // bypassing the vote. Plain keys are claimed here so that keyPressEvent gets them.
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool functionKey = key->key() >= Qt::Key_F1 && key->key() <= Qt::Key_F35;
        if ((key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier && !functionKey) {
            event->accept();
            return true;
        }
    }
    return QWidget::event(event);
}

void PresenterView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        close();
        return;
    }
    // On a mirrored laptop this window covers most of the facilitator's screen and has the
    // keyboard: a vote, Backspace, Ctrl+R and Ctrl+Return act on the session as in the panel
    // (what the panel does not take goes on up to the main window).
    QCoreApplication::sendEvent(&m_panel, event);
}

} // namespace wgll
