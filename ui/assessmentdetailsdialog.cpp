// SPDX-License-Identifier: GPL-3.0-or-later
#include "assessmentdetailsdialog.h"
#include "assessment/statuses.h"
#include "textinput.h"
#include "assessment/textlimits.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace wgll {

AssessmentDetailsDialog::AssessmentDetailsDialog(const AssessmentInfo &current, const Framework &framework,
                                                 QWidget *parent)
    : QDialog(parent), m_current(current)
{
    setObjectName(QStringLiteral("assessmentDetailsDialog"));
    setWindowTitle(tr("Assessment details"));
    setMinimumWidth(520); // an NHS trust's full name fits
    auto *form = new QFormLayout(this);
    m_organisation = new QLineEdit(current.organisation, this);
    m_organisation->setObjectName(QStringLiteral("detailsOrganisation"));
    limitLength(*m_organisation, text::MaxName);
    m_organisation->setAccessibleName(tr("Organisation"));
    m_organisation->setPlaceholderText(tr("e.g. Northshire Hospitals NHS Foundation Trust"));
    m_period = new QLineEdit(current.period, this);
    m_period->setObjectName(QStringLiteral("detailsPeriod"));
    limitLength(*m_period, text::MaxName);
    m_period->setAccessibleName(tr("Period"));
    m_period->setPlaceholderText(tr("e.g. 2026/27"));
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("detailsStatus"));
    m_status->setAccessibleName(tr("Status"));
    for (const AssessmentStatus s : {AssessmentStatus::Draft, AssessmentStatus::Final})
        m_status->addItem(displayName(s), storedName(s));
    m_status->setCurrentIndex(std::max(0, m_status->findData(current.status)));
    // Final means signed off (issue 16): the status is shown here, changed only by File → Sign Off.
    m_status->setEnabled(false);
    m_target = new QSpinBox(this);
    m_target->setObjectName(QStringLiteral("detailsDefaultTarget"));
    m_target->setRange(framework.scale.min, framework.scale.max);
    m_target->setValue(current.defaultTarget);
    m_target->setAccessibleName(tr("Default target level"));
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("detailsHint"));
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setWordWrap(true);
    form->addRow(tr("&Organisation"), m_organisation);
    form->addRow(tr("&Period"), m_period);
    form->addRow(tr("&Status"), m_status);
    form->addRow(tr("Default &target"), m_target);
    form->addRow(m_hint);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_status, &QComboBox::currentIndexChanged, this, &AssessmentDetailsDialog::updateHint);
    connect(m_target, &QSpinBox::valueChanged, this, &AssessmentDetailsDialog::updateHint);
    updateHint();
}

AssessmentInfo AssessmentDetailsDialog::details() const
{
    AssessmentInfo info = m_current;
    info.organisation = m_organisation->text().trimmed();
    info.period = m_period->text().trimmed();
    info.status = m_status->currentData().toString();
    info.defaultTarget = m_target->value();
    return info;
}

void AssessmentDetailsDialog::updateHint()
{
    // Say what the choice does where it is not obvious: both change what the board reads.
    QStringList hints;
    if (assessmentStatusFrom(m_status->currentData().toString()) != AssessmentStatus::Final)
        hints.append(tr("Reports are headed Draft until the assessment is signed off (File → Sign Off)."));
    if (m_target->value() != m_current.defaultTarget)
        hints.append(tr("Every statement without a target of its own will aim for level %1, which changes "
                        "their gaps.")
                         .arg(m_target->value()));
    m_hint->setText(hints.join(u' '));
}

} // namespace wgll
