// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoringpanel.h"
#include "textinput.h"
#include "assessment/textlimits.h"

#include "actionspanel.h"
#include "evidencepanel.h"
#include "session/assessmentsession.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace wgll {

namespace {

QLabel *plainLabel(const QString &objectName, QWidget *parent)
{
    // Framework and document text is never interpreted as markup.
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

/// `label` broken at the space nearest its middle.
QString twoLines(const QString &label)
{
    qsizetype best = -1;
    for (qsizetype i = 0; i < label.size(); ++i) {
        if (label[i] == u' ' && (best < 0 || qAbs(i - label.size() / 2) < qAbs(best - label.size() / 2)))
            best = i;
    }
    return best < 0 ? label : QString(label.left(best) + u'\n' + label.mid(best + 1));
}

} // namespace

ScoringPanel::ScoringPanel(AssessmentSession &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("scoringPanel"));
    auto *layout = new QVBoxLayout(this);
    // Narrow sides: on a 1280-pixel-wide screen (1920×1080 at 150 %) every pixel here is one the
    // navigator and the gap list need for statement text.
    layout->setContentsMargins(8, 12, 8, 12);
    layout->setSpacing(12);
    buildStatementText(*layout);
    layout->addLayout(buildLevelButtons());
    m_descriptor = plainLabel(QStringLiteral("levelDescriptor"), this);
    layout->addWidget(m_descriptor);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("naReason"));
    m_reason->setPlaceholderText(tr("Why this statement does not apply (required), then Enter"));
    m_reason->setAccessibleName(tr("Reason for not applicable"));
    limitLength(*m_reason, text::MaxLongText);
    layout->addWidget(m_reason);
    layout->addLayout(buildDetailsForm(), 1);

    m_notesTimer = new QTimer(this);
    m_notesTimer->setSingleShot(true);
    m_notesTimer->setInterval(600); // a pause in typing commits the notes (one undo step per statement)
    connectControls();
    setEnabled(false);
}

void ScoringPanel::buildStatementText(QVBoxLayout &layout)
{
    m_heading = plainLabel(QStringLiteral("statementHeading"), this);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_text = plainLabel(QStringLiteral("statementText"), this);
    QFont big = m_text->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    m_text->setFont(big);
    m_summary = plainLabel(QStringLiteral("measureSummary"), this);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    layout.addWidget(m_heading);
    layout.addWidget(m_text);
    layout.addWidget(m_summary);
}

QLayout *ScoringPanel::buildLevelButtons()
{
    const Scale &scale = m_session.framework().scale;
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(4);
    m_levels = new QButtonGroup(this);
    m_levels->setExclusive(false); // "none chosen" must be showable (unscored, N/A)
    for (const ScaleLevel &level : scale.levels) {
        // The label over two lines ("Largely / in place"): six buttons then fit a laptop's pane.
        auto *b = new QPushButton(QString(QString::number(level.value) + u'\n' + twoLines(level.label)), this);
        b->setObjectName(QStringLiteral("level%1").arg(level.value));
        b->setCheckable(true);
        b->setMinimumHeight(72);
        // As narrow as the label needs: the style's 80 px least button width made the row (and
        // so the pane) wider than a 1366-pixel screen has room for. The row sets the scoring
        // pane's least width, and so how much statement text the other two panes can show.
        b->setMinimumWidth(b->fontMetrics().boundingRect(QRect(), 0, b->text()).width() + 10);
        b->setToolTip(level.description);
        b->setAccessibleName(tr("Score %1, %2").arg(level.value).arg(level.label));
        b->setAccessibleDescription(level.description);
        b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        m_levels->addButton(b, level.value);
        buttons->addWidget(b);
    }
    // A chosen level must read at a glance on a projector, in light and dark palettes alike.
    setStyleSheet(QStringLiteral("QPushButton:checked { background-color: palette(highlight);"
                                 " color: palette(highlighted-text); }"));
    m_notApplicable = new QPushButton(tr("N/A"), this);
    m_notApplicable->setObjectName(QStringLiteral("notApplicable"));
    m_notApplicable->setCheckable(true);
    m_notApplicable->setMinimumHeight(72);
    m_notApplicable->setMinimumWidth(m_notApplicable->fontMetrics().horizontalAdvance(m_notApplicable->text()) + 16);
    m_notApplicable->setToolTip(tr("Not applicable to this organisation (needs a reason) — N"));
    m_notApplicable->setAccessibleName(tr("Not applicable"));
    buttons->addWidget(m_notApplicable);
    return buttons;
}

QLayout *ScoringPanel::buildDetailsForm()
{
    const Scale &scale = m_session.framework().scale;
    auto *form = new QFormLayout;
    m_target = new QSpinBox(this);
    m_target->setObjectName(QStringLiteral("target"));
    m_target->setRange(scale.min - 1, scale.max); // min - 1 stands for "the default target"
    m_target->setAccessibleName(tr("Target level"));
    m_weight = new QSpinBox(this);
    m_weight->setObjectName(QStringLiteral("weight"));
    m_weight->setRange(Answer::MinWeight, Answer::MaxWeight);
    m_weight->setAccessibleName(tr("Weight"));
    m_weight->setToolTip(tr("How much this statement counts in its measure's score: 1, 2 or 3"));
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setPlaceholderText(tr("What the room said, the evidence seen, who to follow up with"));
    m_notes->setTabChangesFocus(true);
    m_target->setMaximumWidth(180);
    m_weight->setMaximumWidth(180);
    form->addRow(tr("&Target"), m_target);
    form->addRow(tr("&Weight"), m_weight);
    form->addRow(tr("N&otes"), m_notes);
    m_evidence = new EvidencePanel(m_session, this);
    form->addRow(tr("Evidence"), m_evidence);
    m_actions = new ActionsPanel(m_session, this);
    form->addRow(tr("Actions"), m_actions);
    return form;
}

void ScoringPanel::connectControls()
{
    connect(m_levels, &QButtonGroup::idClicked, this, [this](int level) {
        if (!m_id.isEmpty())
            m_session.setScore(m_id, level);
        refresh();
    });
    connect(m_notApplicable, &QPushButton::clicked, this, [this] {
        if (m_session.answer(m_id).notApplicable)
            m_session.clearScore(m_id);
        else
            beginNotApplicable();
        refresh();
    });
    connect(m_reason, &QLineEdit::returnPressed, this, &ScoringPanel::commitReason);
    connect(m_target, &QSpinBox::valueChanged, this, [this](int v) {
        if (!m_refreshing)
            m_session.setTarget(m_id,
                                v < m_session.framework().scale.min ? std::nullopt : std::optional<int>(v));
    });
    connect(m_weight, &QSpinBox::valueChanged, this, [this](int v) {
        if (!m_refreshing)
            m_session.setWeight(m_id, v);
    });
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_refreshing)
            m_notesTimer->start();
    });
    connect(m_notesTimer, &QTimer::timeout, this, &ScoringPanel::flushNotes);
    connect(&m_session, &AssessmentSession::answerChanged, this, [this](const QString &id) {
        if (id == m_id)
            refresh();
    });
    connect(&m_session, &AssessmentSession::detailsChanged, this, [this] {
        if (!m_id.isEmpty())
            refresh(); // "Default (N)" in the target box
    });
}

void ScoringPanel::setStatement(const QString &id)
{
    flushNotes();
    m_notesRefused = false;
    m_id = id;
    m_evidence->setStatement(id);
    m_actions->setStatement(id);
    setEnabled(!m_id.isEmpty());
    refresh();
}

void ScoringPanel::flushNotes()
{
    m_notesTimer->stop();
    if (m_id.isEmpty() || m_readOnly)
        return;
    const QString notes = m_notes->toPlainText();
    // A refused note (over Answer::MaxNotes, which a paste can reach, or with a control
    // character) is not cut to fit: the session says why on the status bar, nothing is saved,
    // and the text stays in the editor for the user to shorten.
    if (notes != m_session.answer(m_id).notes)
        m_notesRefused = !m_session.setNotes(m_id, notes);
    else
        m_notesRefused = false;
}

void ScoringPanel::beginNotApplicable()
{
    if (m_id.isEmpty() || m_readOnly)
        return;
    m_reason->setVisible(true);
    m_reason->setFocus();
    m_reason->selectAll();
}

void ScoringPanel::commitReason()
{
    if (m_session.setNotApplicable(m_id, m_reason->text()))
        m_reason->clearFocus();
    refresh();
}

void ScoringPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QAbstractButton *b : m_levels->buttons())
        b->setEnabled(!readOnly);
    m_notApplicable->setEnabled(!readOnly);
    m_reason->setReadOnly(readOnly);
    m_target->setEnabled(!readOnly);
    m_weight->setEnabled(!readOnly);
    m_notes->setReadOnly(readOnly);
    m_evidence->setReadOnly(readOnly);
    m_actions->setReadOnly(readOnly);
}

void ScoringPanel::showNoStatement()
{
    m_heading->clear();
    m_text->setText(tr("Choose a statement to score."));
    m_summary->clear();
    m_descriptor->clear();
    m_reason->hide();
    // Nothing of the statement shown before may stay: its level, N/A, target, weight and notes
    // would read as the measure's.
    for (QAbstractButton *b : m_levels->buttons())
        b->setChecked(false);
    m_notApplicable->setChecked(false);
    m_target->setValue(m_target->minimum());
    m_weight->setValue(m_weight->minimum());
    m_notes->clear();
}

void ScoringPanel::refresh()
{
    m_refreshing = true;
    const Framework &f = m_session.framework();
    const Measure *measure = f.measureOf(m_id);
    const Indicator *indicator = f.indicator(m_id);
    if (!measure || !indicator) {
        showNoStatement();
        m_refreshing = false;
        return;
    }
    const Answer a = m_session.answer(m_id);
    m_heading->setText(tr("Success measure %1 — %2").arg(measure->id, measure->title));
    m_text->setText(indicator->id + u"  " + indicator->text);
    m_summary->setText(measure->summary);
    for (QAbstractButton *b : m_levels->buttons())
        b->setChecked(a.score && m_levels->id(b) == *a.score);
    m_notApplicable->setChecked(a.notApplicable);
    const ScaleLevel *level = a.score ? f.scale.level(*a.score) : nullptr;
    m_descriptor->setText(
        level ? QString(QString::number(level->value) + u"  " + level->label + u": " + level->description)
        : a.notApplicable ? tr("Not applicable: %1").arg(a.naReason)
                          : tr("Not scored yet. Press 1–5 to score, N for not applicable."));
    if (!m_reason->hasFocus()) {
        setLimitedText(*m_reason, a.naReason, text::MaxLongText);
        m_reason->setVisible(a.notApplicable);
    }
    m_target->setSpecialValueText(tr("Default (%1)").arg(m_session.assessment().info.defaultTarget));
    m_target->setValue(a.target.value_or(f.scale.min - 1));
    m_weight->setValue(a.weight);
    if (m_notes->toPlainText() != a.notes && !m_notesTimer->isActive() && !m_notesRefused)
        m_notes->setPlainText(a.notes);
    m_refreshing = false;
}

} // namespace wgll
