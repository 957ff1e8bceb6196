// SPDX-License-Identifier: GPL-3.0-or-later
#include "presenterview.h"

#include "charts/radarchart.h"
#include "charts/votechart.h"
#include "joincodewidget.h"
#include "session/assessmentsession.h"
#include "votinground.h"
#include "votingserver.h"
#include "workshoppanel.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLayout>
#include <QLocale>
#include <QLabel>
#include <QApplication>
#include <QScreen>

#include <algorithm>
#include <utility>

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

    m_measure = label(this, "presenterMeasure", 22, true);
    m_timer = label(this, "presenterTimer", 22, true);
    m_timer->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_timer->setWordWrap(false);
    m_statement = label(this, "presenterStatement", 34, true);
    for (const ScaleLevel &l : m_session.framework().scale.levels) {
        QLabel *level = label(this, "presenterLevel", 17, false);
        level->setObjectName(u"presenterLevel" + QString::number(l.value));
        level->setText(QString::number(l.value) + u"  " + l.label + (l.description.isEmpty() ? QString() : u": " + l.description));
        m_levels.append(level);
    }
    m_spread = label(this, "presenterSpread", 24, true);
    // The join code beside the levels: the room scans it while the statement is read out.
    m_join = new JoinCodeWidget(JoinCodeWidget::Arrangement::Stacked, this);
    m_join->hide();
    m_chart = new VoteChart(this);
    m_chart->setPalette(p);
    m_chart->setMinimumHeight(0); // arrange() gives it the room there is
    m_radar = new RadarChart(this);
    m_radar->setObjectName(QStringLiteral("presenterRadar"));
    m_radar->setPalette(p);
    m_radar->hide();
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
    m_timer->setText(m_panel.clockText());
    const std::optional<workshop::VoteSummary> s = round ? round->summary() : std::nullopt;
    const std::optional<workshop::StatementRecord> record = round ? round->record() : std::nullopt;
    const QString completed = m_panel.completedMeasure();
    // A decided statement's record needs the room the descriptors had: they are not voted on.
    for (QLabel *level : std::as_const(m_levels))
        level->setVisible(indicator && !record && completed.isEmpty());
    m_chart->hide();
    m_radar->hide();
    if (!completed.isEmpty()) {
        showRadar(completed);
    } else if (record) {
        // Decided: what the room agreed and the votes it rested on, not a fresh "0 of 8 voted".
        const Scale &scale = m_session.framework().scale;
        m_spread->setText(VotingRound::describe(*record, scale));
        m_chart->setCounts(VotingRound::latestDistribution(*record, scale), scale.min);
        m_chart->show();
    } else if (s) {
        m_spread->setText(VotingRound::describeWithWarning(*s, tr("let's talk about it")));
        m_chart->setCounts(s->distribution, m_session.framework().scale.min);
        m_chart->show();
    } else {
        m_spread->setText(indicator ? m_panel.countText() : QString());
        m_chart->setCounts({}, 0);
    }
    // Before the reveal only: after it the chart needs the room, and everyone has joined.
    const QString url = s || record || !completed.isEmpty() ? QString() : m_panel.joinUrl();
    m_join->setJoin(url, url.isEmpty() ? QByteArray() : round->room().secret());
    m_join->setVisible(!url.isEmpty());
    setAccessibleDescription(shownText());
    arrange();
}

void PresenterView::showRadar(const QString &measureId)
{
    const Measure *measure = m_session.framework().measure(measureId);
    const MeasureResult *result = m_session.scorecard().measure(measureId);
    if (!measure || !result)
        return;
    RadarChart::Data radarData;
    radarData.scaleMin = m_session.framework().scale.min;
    radarData.scaleMax = m_session.framework().scale.max;
    for (const Indicator &i : measure->indicators) {
        const IndicatorResult *r = m_session.scorecard().indicator(i.id);
        radarData.measures.append(i.id);
        radarData.current.append(r && r->score ? std::optional<double>(*r->score) : std::nullopt);
        radarData.target.append(r ? std::optional<double>(r->target) : std::nullopt);
    }
    m_radar->setData(radarData);
    m_radar->show();
    m_spread->setText(tr("%1  %2: every statement agreed · measure score %3")
                          .arg(measure->id, measure->title)
                          .arg(result->score ? QLocale().toString(*result->score, 'f', 1) : tr("not scored")));
}

QString PresenterView::shownText() const
{
    QStringList parts;
    for (const QLabel *l : {m_measure, m_timer, m_statement}) {
        if (!l->text().isEmpty())
            parts.append(l->text());
    }
    for (const QLabel *l : m_levels) {
        if (l->isVisibleTo(this))
            parts.append(l->text());
    }
    if (!m_spread->text().isEmpty())
        parts.append(m_spread->text());
    if (m_join->isVisibleTo(this))
        parts.append(m_join->url() + u'\n' + tr("Session code %1").arg(m_join->code()));
    if (m_chart->isVisibleTo(this))
        parts.append(m_chart->accessibleDescription());
    if (m_radar->isVisibleTo(this))
        parts.append(m_radar->accessibleDescription());
    return parts.join(u'\n');
}

void PresenterView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    refresh();
}

void PresenterView::scaleFonts()
{
    const int h = std::max(height(), 300);
    auto size = [h](QWidget *w, double share, int least) {
        QFont f = w->font();
        f.setPixelSize(std::max(least, static_cast<int>(h * share)));
        w->setFont(f);
    };
    size(m_measure, 0.033, 16);
    size(m_timer, 0.033, 16);
    // The descriptors are what the room scores against: never smaller than 28 px.
    for (QLabel *level : std::as_const(m_levels))
        size(level, 0.037, MinDescriptorPixels);
    size(m_spread, 0.033, 16);
    size(m_join->findChild<QLabel *>(QStringLiteral("joinAddress")), 0.02, 12);
    size(m_join->findChild<QLabel *>(QStringLiteral("joinSessionCode")), 0.03, 16);
    size(m_chart, 0.022, 12);
}

void PresenterView::arrange()
{
    scaleFonts();
    const int h = std::max(height(), 300);
    const int margin = std::max(12, h / 40);
    const int gap = std::max(6, h / 96);
    const QRect area = rect().adjusted(margin, margin, -margin, -margin);
    int y = area.top();
    // The measure and the timer share the top line; the statement has the whole width.
    const int timerWidth = m_timer->text().isEmpty() ? 0 : m_timer->sizeHint().width();
    const int measureWidth = area.width() - timerWidth - (timerWidth > 0 ? gap : 0);
    const int top = std::max(m_measure->heightForWidth(measureWidth), m_timer->sizeHint().height());
    m_measure->setGeometry(area.left(), y, measureWidth, top);
    m_timer->setGeometry(area.right() + 1 - timerWidth, y, timerWidth, top);
    m_timer->setVisible(timerWidth > 0);
    y += top + gap;
    QWidget *side = m_chart->isVisibleTo(this) ? static_cast<QWidget *>(m_chart)
                    : m_join->isVisibleTo(this) ? static_cast<QWidget *>(m_join)
                                                : nullptr;
    y = placeStatement(area, y, gap, side);
    const QRect body(area.left(), y, area.width(), std::max(0, area.bottom() + 1 - y));
    if (m_radar->isVisibleTo(this)) {
        // The measure's radar takes the body under its one-line summary.
        const int spread = m_spread->heightForWidth(body.width());
        m_spread->setGeometry(body.left(), body.top(), body.width(), spread);
        m_radar->setGeometry(body.left(), body.top() + spread + gap, body.width(),
                             std::max(0, body.height() - spread - gap));
        return;
    }
    arrangeBody(body, side);
}

int PresenterView::placeStatement(const QRect &area, int y, int gap, QWidget *side)
{
    m_statement->setVisible(!m_statement->text().isEmpty());
    if (!m_statement->isVisibleTo(this))
        return y;
    // A long statement gives way before the descriptors do: its type steps down (never below
    // 20 px) until the descriptors fit beside the QR code or the chart.
    const int h = std::max(height(), 300);
    int statement = 0;
    for (const double share : {0.045, 0.04, 0.035, 0.031, 0.027}) {
        QFont f = m_statement->font();
        f.setPixelSize(std::max(20, static_cast<int>(h * share)));
        m_statement->setFont(f);
        statement = m_statement->heightForWidth(area.width());
        const int bodyTop = y + statement + gap;
        const QRect body(area.left(), bodyTop, area.width(), std::max(0, area.bottom() + 1 - bodyTop));
        if (m_radar->isVisibleTo(this) || planBody(body, side, gap).fits)
            break;
    }
    m_statement->setGeometry(area.left(), y, area.width(), statement);
    return y + statement + gap;
}

int PresenterView::columnHeight(int width, int gap) const
{
    int total = 0;
    for (const QLabel *level : m_levels) {
        if (level->isVisibleTo(this))
            total += level->heightForWidth(width) + gap;
    }
    return total;
}

int PresenterView::sideHeight(QWidget *side, int width) const
{
    if (side == m_join) {
        // The code is square and a whole number of pixels a module: at most `width`.
        const auto *address = m_join->findChild<QLabel *>(QStringLiteral("joinAddress"));
        const auto *code = m_join->findChild<QLabel *>(QStringLiteral("joinSessionCode"));
        return width + address->heightForWidth(width) + code->heightForWidth(width) + 2 * m_join->layout()->spacing();
    }
    return width * 3 / 4; // a bar chart of five levels reads at 4:3
}

PresenterView::BodyPlan PresenterView::planBody(const QRect &body, QWidget *side, int gap) const
{
    if (!side) {
        const int spread = m_spread->text().isEmpty() ? 0 : m_spread->heightForWidth(body.width());
        return {0, false, columnHeight(body.width(), gap) + spread <= body.height()};
    }
    // The widest side (at most half the width, and as tall as the body) that leaves the levels
    // room, with the spread under them or, when it does not fit there, under the side widget.
    const int spread = m_spread->text().isEmpty() ? -gap : 0;
    const int widest = std::min(body.width() / 2, body.height());
    const int narrowest = std::min(widest, side == m_join ? MinQrSide : 160);
    for (int w = widest; w >= narrowest; w -= 8) {
        const int columnWidth = body.width() - w - 2 * gap;
        const int column = columnHeight(columnWidth, gap);
        if (column > body.height())
            continue;
        if (column + spread + (spread < 0 ? 0 : m_spread->heightForWidth(columnWidth)) <= body.height() &&
            sideHeight(side, w) <= body.height())
            return {w, false, true};
        if (sideHeight(side, w) + gap + (spread < 0 ? 0 : m_spread->heightForWidth(w)) <= body.height())
            return {w, true, true};
    }
    return {narrowest, true, false};
}

void PresenterView::arrangeBody(const QRect &body, QWidget *side)
{
    const int gap = std::max(6, height() / 96);
    const BodyPlan plan = planBody(body, side, gap);
    const int columnWidth = body.width() - (side ? plan.sideWidth + 2 * gap : 0);
    int y = body.top();
    for (QLabel *level : std::as_const(m_levels)) {
        if (!level->isVisibleTo(this))
            continue;
        const int h = level->heightForWidth(columnWidth);
        level->setGeometry(body.left(), y, columnWidth, h);
        y += h + gap;
    }
    m_spread->setVisible(!m_spread->text().isEmpty());
    const auto fitted = [](int wanted, int room) { return std::clamp(wanted, 0, std::max(0, room)); };
    if (!side) {
        m_spread->setGeometry(body.left(), y, columnWidth, fitted(m_spread->heightForWidth(columnWidth), body.bottom() + 1 - y));
        return;
    }
    const int sideX = body.right() + 1 - plan.sideWidth;
    const int spreadBeside = plan.spreadBeside && m_spread->isVisibleTo(this) ? m_spread->heightForWidth(plan.sideWidth) + gap : 0;
    if (side == m_join)
        m_join->setQrSide(plan.sideWidth);
    // The chart takes the height left (at least its 4:3); the join code what its parts need.
    const int room = body.height() - spreadBeside;
    const int h = side == m_chart ? fitted(std::max(sideHeight(side, plan.sideWidth), room), room)
                                  : fitted(sideHeight(side, plan.sideWidth), room);
    side->setGeometry(sideX, body.top(), plan.sideWidth, h);
    if (plan.spreadBeside)
        m_spread->setGeometry(sideX, body.top() + h + gap, plan.sideWidth,
                              fitted(m_spread->heightForWidth(plan.sideWidth), body.bottom() + 1 - (body.top() + h + gap)));
    else
        m_spread->setGeometry(body.left(), y, columnWidth, fitted(m_spread->heightForWidth(columnWidth), body.bottom() + 1 - y));
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
