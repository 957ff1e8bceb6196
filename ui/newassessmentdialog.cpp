// SPDX-License-Identifier: GPL-3.0-or-later
#include "newassessmentdialog.h"
#include "textinput.h"
#include "assessment/textlimits.h"
#include "assessment/textrules.h"

#include "storage/assessmentfile.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace wgll {

NewAssessmentDialog::NewAssessmentDialog(const FrameworkCatalog &catalog, int defaultTarget, QWidget *parent)
    : QDialog(parent), m_catalog(catalog)
{
    setObjectName(QStringLiteral("newAssessmentDialog"));
    setWindowTitle(tr("New assessment"));
    auto *form = new QFormLayout(this);
    addFrameworks(catalog);
    m_organisation = new QLineEdit(this);
    m_organisation->setObjectName(QStringLiteral("organisation"));
    limitLength(*m_organisation, text::MaxName);
    m_organisation->setPlaceholderText(tr("e.g. Northshire Hospitals NHS Foundation Trust"));
    m_period = new QLineEdit(this);
    m_period->setObjectName(QStringLiteral("period"));
    limitLength(*m_period, text::MaxName);
    m_period->setPlaceholderText(tr("e.g. 2026/27"));
    m_target = new QSpinBox(this);
    m_target->setObjectName(QStringLiteral("defaultTarget"));
    m_target->setRange(1, 5);
    m_target->setValue(defaultTarget);
    m_target->setAccessibleName(tr("Default target level"));
    auto *baselineRow = new QHBoxLayout;
    m_baseline = new QLineEdit(this);
    m_baseline->setObjectName(QStringLiteral("baseline"));
    m_baseline->setReadOnly(true);
    m_baseline->setPlaceholderText(tr("None: start from scratch"));
    m_baseline->setAccessibleName(tr("Baseline assessment"));
    auto *browse = new QPushButton(tr("Choose…"), this);
    browse->setAccessibleName(tr("Choose a baseline assessment"));
    baselineRow->addWidget(m_baseline, 1);
    baselineRow->addWidget(browse);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("newSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    form->addRow(tr("&Framework"), m_framework);
    form->addRow(tr("&Organisation"), m_organisation);
    form->addRow(tr("&Period"), m_period);
    form->addRow(tr("Default &target"), m_target);
    // A row holding a layout gets no buddy from addRow: the label needs one for Alt+B to work.
    auto *baselineLabel = new QLabel(tr("&Baseline"), this);
    baselineLabel->setBuddy(browse);
    form->addRow(baselineLabel, baselineRow);
    form->addRow(m_summary);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create…"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_framework, &QComboBox::currentIndexChanged, this, &NewAssessmentDialog::updateSummary);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString name = QFileDialog::getOpenFileName(this, tr("Choose the baseline assessment"), {},
                                                          tr("WGLL assessments (*.wgll)"));
        if (name.isEmpty())
            return;
        if (const auto problem = setBaseline(name))
            m_summary->setText(*problem);
    });
    updateSummary();
}

void NewAssessmentDialog::addFrameworks(const FrameworkCatalog &catalog)
{
    m_framework = new QComboBox(this);
    m_framework->setObjectName(QStringLiteral("framework"));
    m_framework->setAccessibleName(tr("Framework and revision"));
    for (int i = 0; i < catalog.entries().size(); ++i) {
        const Framework &f = catalog.entries()[i].framework;
        m_framework->addItem(
            tr("%1 — revision %2 (%3 statements)").arg(f.title, f.version).arg(f.indicatorCount()), i);
    }
    // The newest organisation framework first: what most users assess against.
    const int preferred =
        m_framework->findText(tr("What Good Looks Like: organisation"), Qt::MatchStartsWith);
    m_framework->setCurrentIndex(std::max(0, preferred));
}

const Framework &NewAssessmentDialog::framework() const
{
    return m_catalog.entries().at(m_framework->currentData().toInt()).framework;
}

AssessmentInfo NewAssessmentDialog::info() const
{
    AssessmentInfo info;
    info.organisation = m_organisation->text().trimmed();
    info.period = m_period->text().trimmed();
    info.defaultTarget = m_target->value();
    return info;
}

QString NewAssessmentDialog::baselineFile() const
{
    return baseline() ? m_baseline->text() : QString();
}

const Assessment *NewAssessmentDialog::baseline() const
{
    return m_baselineAssessment && m_baselineAssessment->framework.id == framework().id
               ? &*m_baselineAssessment
               : nullptr;
}

std::optional<QString> NewAssessmentDialog::setBaseline(const QString &fileName)
{
    Error error;
    std::optional<Assessment> a = storage::readAssessmentFile(fileName, error);
    if (!a)
        return error.toString();
    // The baseline decides the framework (its newest revision) and fills in what it knows.
    int newest = -1;
    QString newestVersion;
    for (int i = 0; i < m_framework->count(); ++i) {
        const Framework &f = m_catalog.entries().at(m_framework->itemData(i).toInt()).framework;
        if (f.id == a->framework.id && (newest < 0 || f.version > newestVersion)) {
            newest = i;
            newestVersion = f.version;
        }
    }
    if (newest < 0)
        return tr("%1 is an assessment of %2, which is not installed.").arg(fileName, a->framework.id);
    m_baselineAssessment = std::move(a);
    m_baseline->setText(fileName);
    m_framework->setCurrentIndex(newest);
    if (m_organisation->text().isEmpty())
        m_organisation->setText(m_baselineAssessment->info.organisation);
    m_target->setValue(m_baselineAssessment->info.defaultTarget);
    updateSummary();
    return std::nullopt;
}

void NewAssessmentDialog::updateSummary()
{
    const Framework &f = framework();
    QString text = tr("%1 success measures, %2 statements, each scored 1–5 or N/A.")
                       .arg(f.measures.size())
                       .arg(f.indicatorCount());
    if (m_baselineAssessment) {
        if (m_baselineAssessment->framework.id != f.id)
            text += u' ' + tr("The baseline is of another framework and will not be used.");
        else
            text +=
                u' ' + tr("Targets, weights and actions carry over from %1 %2; scores start empty.")
                           .arg(m_baselineAssessment->info.organisation, m_baselineAssessment->info.period);
    }
    m_summary->setText(text);
}

QString NewAssessmentDialog::suggestedFileName() const
{
    const AssessmentInfo i = info();
    QString name = QString(i.organisation + u' ' + i.period).trimmed();
    // "2026/27" is a period, not a path: the separators become dashes before safeFileName,
    // which would otherwise keep only what follows the last one ("27").
    name.replace(u'/', u'-').replace(u'\\', u'-');
    return text::safeFileName(name.isEmpty() ? tr("assessment") : name) + u".wgll";
}

} // namespace wgll
