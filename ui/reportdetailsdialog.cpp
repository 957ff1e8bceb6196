// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportdetailsdialog.h"

#include "assessment/textlimits.h"
#include "textinput.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFontMetrics>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace wgll {

namespace {

// The date edit's lowest date stands for "no date" (QDateEdit cannot be empty).
const QDate NoDate(2000, 1, 1);

QComboBox *listCombo(QWidget *parent, const char *name, const QStringList &items, const QString &current,
                     const QString &accessible)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QString::fromLatin1(name));
    combo->setAccessibleName(accessible);
    combo->addItem(QObject::tr("Not stated"), QString());
    for (const QString &item : items)
        combo->addItem(item, item);
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
    return combo;
}

} // namespace

QLineEdit *ReportDetailsDialog::lineEdit(const char *name, const QString &text, qsizetype limit,
                                         const QString &accessible)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setAccessibleName(accessible);
    setLimitedText(*edit, text, limit);
    return edit;
}

QPlainTextEdit *ReportDetailsDialog::textEdit(const char *name, const QString &text, const QString &accessible)
{
    auto *edit = new QPlainTextEdit(text, this);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setAccessibleName(accessible);
    edit->setTabChangesFocus(true);
    // Three lines show; more scroll. The dialog must fit a 1366×768 laptop screen whole.
    edit->setFixedHeight(QFontMetrics(edit->font()).lineSpacing() * 3 + 2 * edit->frameWidth() + 8);
    return edit;
}

QDateEdit *ReportDetailsDialog::dateEdit(const QDate &date)
{
    auto *edit = new QDateEdit(this);
    edit->setObjectName(QStringLiteral("coverMeetingDate"));
    edit->setAccessibleName(tr("Meeting date"));
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("d MMMM yyyy"));
    edit->setMinimumDate(NoDate);
    edit->setSpecialValueText(tr("Not set")); // shown at NoDate: the meeting date is not set
    edit->setDate(date.isValid() ? date : NoDate);
    return edit;
}

ReportDetailsDialog::ReportDetailsDialog(const CoverSheet &c, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Report details"));
    setMinimumWidth(620);
    auto *form = new QFormLayout(this);
    auto *intro = new QLabel(tr("The cover sheet the board paper opens with. Fields left empty are left out of the "
                                "report."),
                             this);
    intro->setWordWrap(true);
    form->addRow(intro);
    m_meeting = lineEdit("coverMeeting", c.meeting, text::MaxName, tr("Meeting"));
    m_meeting->setPlaceholderText(tr("e.g. Trust Board (public)"));
    m_meetingDate = dateEdit(c.meetingDate);
    m_agendaItem = lineEdit("coverAgendaItem", c.agendaItem, text::MaxCode, tr("Agenda item"));
    m_agendaItem->setPlaceholderText(tr("e.g. 8.2"));
    m_reportTitle = lineEdit("coverReportTitle", c.reportTitle, text::MaxName, tr("Report title"));
    m_reportTitle->setPlaceholderText(tr("Empty: the report's own title"));
    m_purpose = listCombo(this, "coverPurpose", CoverSheet::purposes(), c.purpose, tr("Purpose"));
    m_recommendation = textEdit("coverRecommendation", c.recommendation, tr("Recommendation"));
    m_recommendation->setPlaceholderText(tr("What the board is asked to do"));
    m_assurance = listCombo(this, "coverAssurance", CoverSheet::assuranceLevels(), c.assurance, tr("Assurance"));
    m_assuranceRationale = textEdit("coverAssuranceRationale", c.assuranceRationale, tr("Why this level of assurance"));
    m_risks = textEdit("coverRisks", c.risks, tr("Links to the BAF and strategic risks"));
    m_risks->setPlaceholderText(tr("One per line, e.g. SR5 Cyber security"));
    m_author = lineEdit("coverAuthor", c.author, text::MaxName, tr("Author"));
    m_executiveLead = lineEdit("coverExecutiveLead", c.executiveLead, text::MaxName, tr("Executive lead"));
    m_previouslyConsidered =
        lineEdit("coverPreviouslyConsidered", c.previouslyConsidered, text::MaxName, tr("Previously considered by"));
    m_previouslyConsidered->setPlaceholderText(tr("e.g. Digital Committee, 4 November 2026"));
    m_executiveSummary = textEdit("coverExecutiveSummary", c.executiveSummary, tr("Executive summary"));

    form->addRow(tr("&Meeting"), m_meeting);
    form->addRow(tr("Meeting &date"), m_meetingDate);
    form->addRow(tr("Agenda &item"), m_agendaItem);
    form->addRow(tr("Report &title"), m_reportTitle);
    form->addRow(tr("&Purpose"), m_purpose);
    form->addRow(tr("&Recommendation"), m_recommendation);
    form->addRow(tr("&Assurance"), m_assurance);
    form->addRow(tr("Assurance r&ationale"), m_assuranceRationale);
    form->addRow(tr("Ris&ks (BAF)"), m_risks);
    form->addRow(tr("A&uthor"), m_author);
    form->addRow(tr("&Executive lead"), m_executiveLead);
    form->addRow(tr("Pre&viously considered"), m_previouslyConsidered);
    form->addRow(tr("Executive &summary"), m_executiveSummary);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("coverProblem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a4262c"));
    m_problem->hide();
    form->addRow(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

CoverSheet ReportDetailsDialog::cover() const
{
    CoverSheet c;
    c.meeting = m_meeting->text().trimmed();
    c.meetingDate = m_meetingDate->date() == NoDate ? QDate() : m_meetingDate->date();
    c.agendaItem = m_agendaItem->text().trimmed();
    c.reportTitle = m_reportTitle->text().trimmed();
    c.purpose = m_purpose->currentData().toString();
    c.recommendation = m_recommendation->toPlainText().trimmed();
    c.assurance = m_assurance->currentData().toString();
    c.assuranceRationale = m_assuranceRationale->toPlainText().trimmed();
    c.risks = m_risks->toPlainText().trimmed();
    c.author = m_author->text().trimmed();
    c.executiveLead = m_executiveLead->text().trimmed();
    c.previouslyConsidered = m_previouslyConsidered->text().trimmed();
    c.executiveSummary = m_executiveSummary->toPlainText().trimmed();
    return c;
}

void ReportDetailsDialog::setProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

SignOffDialog::SignOffDialog(const QString &meeting, int revision, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Sign off"));
    setMinimumWidth(480);
    auto *form = new QFormLayout(this);
    auto *intro = new QLabel(tr("Signing off marks revision %1 final and records a SHA-256 of the scored content. "
                                "No change can be made until someone chooses File → Reopen for Changes.")
                                 .arg(revision),
                             this);
    intro->setWordWrap(true);
    form->addRow(intro);
    m_by = new QLineEdit(this);
    m_by->setObjectName(QStringLiteral("signOffBy"));
    m_by->setAccessibleName(tr("Signed off by"));
    m_by->setPlaceholderText(tr("e.g. Jane Smith, Chair"));
    limitLength(*m_by, text::MaxName);
    m_meeting = new QLineEdit(this);
    m_meeting->setObjectName(QStringLiteral("signOffMeeting"));
    m_meeting->setAccessibleName(tr("At meeting"));
    setLimitedText(*m_meeting, meeting, text::MaxName);
    form->addRow(tr("Signed off &by"), m_by);
    form->addRow(tr("At &meeting"), m_meeting);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign Off"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    form->addRow(buttons);
    connect(m_by, &QLineEdit::textChanged, this, [buttons](const QString &text) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString SignOffDialog::by() const
{
    return m_by->text().trimmed();
}

QString SignOffDialog::meeting() const
{
    return m_meeting->text().trimmed();
}

} // namespace wgll
