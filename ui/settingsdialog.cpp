// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"
#include "textinput.h"
#include "workbenchsettings.h"
#include "assessment/textlimits.h"
#include "assessment/textrules.h"

#include "prompter.h"
#include "report/reportlogo.h"
#include "report/wordtemplate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

namespace wgll {

Preferences Preferences::load()
{
    Preferences p;
    p.authorName = settings::authorName.value();
    p.autosaveMinutes = std::clamp(settings::autosaveMinutes.value(), 0, 60);
    p.defaultTarget = std::clamp(settings::defaultTarget.value(), 1, 5);
    p.colourScheme = colourSchemeFromKey(settings::colourScheme.value()).value_or(p.colourScheme);
    p.reportLogo = settings::reportLogo.value();
    p.reportSignOff = settings::reportSignOff.value();
    p.reportWordTemplate = settings::reportWordTemplate.value();
    return p;
}

void Preferences::save() const
{
    settings::authorName.set(authorName);
    settings::autosaveMinutes.set(autosaveMinutes);
    settings::defaultTarget.set(defaultTarget);
    settings::colourScheme.set(colourSchemeKey(colourScheme));
    settings::reportLogo.set(reportLogo);
    settings::reportSignOff.set(reportSignOff);
    settings::reportWordTemplate.set(reportWordTemplate);
}

SettingsDialog::SettingsDialog(const Preferences &current, QWidget *parent, Prompter *prompter)
    : QDialog(parent), m_prompter(prompter)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Preferences"));
    auto *form = new QFormLayout(this);
    addGeneralRows(*form, current);
    addReportRows(*form, current);
    addWordTemplateRow(*form, current);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("settingsButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        // The name goes into the change history with every edit: a name the document's rules
        // refuse (a pasted tab or control character) would make every edit fail, so it is
        // refused here, kept in the field, with the reason.
        const auto problem = text::problemWithText(m_author->text().trimmed(), text::Lines::Single, text::MaxName);
        m_authorProblem->setText(problem ? tr("Your name %1.").arg(*problem) : QString());
        m_authorProblem->setVisible(problem.has_value());
        if (!problem)
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

void SettingsDialog::addGeneralRows(QFormLayout &form, const Preferences &current)
{
    m_author = new QLineEdit(current.authorName, this);
    m_author->setObjectName(QStringLiteral("authorName"));
    limitLength(*m_author, text::MaxName);
    m_author->setAccessibleName(tr("Your name"));
    m_author->setPlaceholderText(tr("Recorded in the change history of what you score"));
    m_autosave = new QSpinBox(this);
    m_autosave->setObjectName(QStringLiteral("autosaveMinutes"));
    m_autosave->setRange(0, 60);
    m_autosave->setSuffix(tr(" min"));
    m_autosave->setSpecialValueText(tr("Off"));
    m_autosave->setValue(current.autosaveMinutes);
    m_autosave->setAccessibleName(tr("Autosave interval in minutes"));
    m_target = new QSpinBox(this);
    m_target->setObjectName(QStringLiteral("defaultTarget"));
    m_target->setRange(1, 5);
    m_target->setValue(current.defaultTarget);
    m_target->setAccessibleName(tr("Default target for new assessments"));
    m_scheme = new QComboBox(this);
    m_scheme->setObjectName(QStringLiteral("colourScheme"));
    m_scheme->setAccessibleName(tr("Colour scheme"));
    m_scheme->addItem(tr("Follow the system"), static_cast<int>(ColourScheme::System));
    m_scheme->addItem(tr("Light"), static_cast<int>(ColourScheme::Light));
    m_scheme->addItem(tr("Dark (for a projector in a dark room)"), static_cast<int>(ColourScheme::Dark));
    m_scheme->addItem(tr("High contrast"), static_cast<int>(ColourScheme::HighContrast));
    m_scheme->setCurrentIndex(m_scheme->findData(static_cast<int>(current.colourScheme)));
    m_authorProblem = new QLabel(this);
    m_authorProblem->setObjectName(QStringLiteral("authorNameProblem"));
    m_authorProblem->setTextFormat(Qt::PlainText);
    m_authorProblem->setWordWrap(true);
    m_authorProblem->hide();
    form.addRow(tr("Your &name"), m_author);
    form.addRow(m_authorProblem);
    form.addRow(tr("&Autosave every"), m_autosave);
    form.addRow(tr("Default &target for new assessments"), m_target);
    form.addRow(tr("&Colours"), m_scheme);
}

void SettingsDialog::addReportRows(QFormLayout &form, const Preferences &current)
{
    m_logo = new QLineEdit(current.reportLogo, this);
    m_logo->setObjectName(QStringLiteral("reportLogo"));
    m_logo->setReadOnly(true);
    m_logo->setPlaceholderText(tr("None"));
    m_logo->setAccessibleName(tr("Logo on the report cover"));
    auto *chooseLogo = new QPushButton(tr("Choose…"), this);
    chooseLogo->setAccessibleName(tr("Choose a logo for the report cover"));
    auto *clearLogo = new QPushButton(tr("No logo"), this);
    clearLogo->setAccessibleName(tr("Remove the logo from the report cover"));
    auto *logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logo, 1);
    logoRow->addWidget(chooseLogo);
    logoRow->addWidget(clearLogo);
    m_logoProblem = new QLabel(this);
    m_logoProblem->setObjectName(QStringLiteral("reportLogoProblem"));
    m_logoProblem->setTextFormat(Qt::PlainText);
    m_logoProblem->setWordWrap(true);
    m_logoProblem->hide();
    m_signOff = new QCheckBox(tr("End the report with a sign-off block for the board"), this);
    m_signOff->setObjectName(QStringLiteral("reportSignOff"));
    m_signOff->setChecked(current.reportSignOff);
    // A row holding a layout gets no buddy from addRow: the label needs one for Alt+L to work.
    auto *logoLabel = new QLabel(tr("Report &logo"), this);
    logoLabel->setBuddy(chooseLogo);
    form.addRow(logoLabel, logoRow);
    form.addRow(m_logoProblem);
    form.addRow(tr("Report sign-off"), m_signOff);
    connect(chooseLogo, &QPushButton::clicked, this, [this] {
        const QString name = QFileDialog::getOpenFileName(this, tr("Choose the logo for the report cover"), {},
                                                          tr("Images (*.png *.jpg *.jpeg *.svg)"));
        if (name.isEmpty())
            return;
        const std::optional<QString> problem = setReportLogo(name);
        m_logoProblem->setText(problem.value_or(QString()));
        m_logoProblem->setVisible(problem.has_value());
    });
    connect(clearLogo, &QPushButton::clicked, this, [this] {
        m_logo->clear();
        m_logoProblem->hide();
    });
}

void SettingsDialog::addWordTemplateRow(QFormLayout &form, const Preferences &current)
{
    m_wordTemplate = new QLineEdit(current.reportWordTemplate, this);
    m_wordTemplate->setObjectName(QStringLiteral("reportWordTemplate"));
    m_wordTemplate->setReadOnly(true);
    m_wordTemplate->setPlaceholderText(tr("None: the built-in styles"));
    m_wordTemplate->setAccessibleName(tr("Word template for the report"));
    auto *choose = new QPushButton(tr("Choose…"), this);
    choose->setAccessibleName(tr("Choose a Word template for the report"));
    auto *clear = new QPushButton(tr("No template"), this);
    clear->setAccessibleName(tr("Write Word reports in the built-in styles"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_wordTemplate, 1);
    row->addWidget(choose);
    row->addWidget(clear);
    m_wordTemplateProblem = new QLabel(this);
    m_wordTemplateProblem->setObjectName(QStringLiteral("reportWordTemplateProblem"));
    m_wordTemplateProblem->setTextFormat(Qt::PlainText);
    m_wordTemplateProblem->setWordWrap(true);
    m_wordTemplateProblem->hide();
    auto *label = new QLabel(tr("&Word template"), this);
    label->setBuddy(choose);
    form.addRow(label, row);
    form.addRow(m_wordTemplateProblem);
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString caption = tr("Choose the trust's Word template");
        const QString filter = tr("Word templates and documents (*.dotx *.docx)");
        const QString name = m_prompter ? m_prompter->fileToOpen(caption, filter)
                                        : QFileDialog::getOpenFileName(this, caption, {}, filter);
        if (name.isEmpty())
            return;
        const std::optional<QString> problem = setWordTemplate(name);
        m_wordTemplateProblem->setText(problem.value_or(QString()));
        m_wordTemplateProblem->setVisible(problem.has_value());
    });
    connect(clear, &QPushButton::clicked, this, [this] {
        m_wordTemplate->clear();
        m_wordTemplateProblem->hide();
    });
}

std::optional<QString> SettingsDialog::setWordTemplate(const QString &fileName)
{
    // Checked now, as the export will check it, rather than when the board paper is due.
    if (const Result<report::WordTemplate> checked = report::readWordTemplate(fileName); !checked)
        return checked.error().toString();
    m_wordTemplate->setText(QFileInfo(fileName).absoluteFilePath());
    return std::nullopt;
}

Preferences SettingsDialog::preferences() const
{
    Preferences p;
    p.authorName = m_author->text().trimmed();
    p.autosaveMinutes = m_autosave->value();
    p.defaultTarget = m_target->value();
    p.colourScheme = static_cast<ColourScheme>(m_scheme->currentData().toInt());
    p.reportLogo = m_logo->text();
    p.reportSignOff = m_signOff->isChecked();
    p.reportWordTemplate = m_wordTemplate->text();
    return p;
}

std::optional<QString> SettingsDialog::setReportLogo(const QString &fileName)
{
    // Checked now, with the renderer's own rules, rather than when the board paper is due.
    QImage image;
    Error error;
    if (!report::readLogo(fileName, image, error))
        return error.toString();
    m_logo->setText(QFileInfo(fileName).absoluteFilePath());
    return std::nullopt;
}

} // namespace wgll
