// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "colourscheme.h"
#include "workbenchsettings.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QVBoxLayout;

namespace wgll {

class Prompter;

/// The workbench's preferences, as Edit → Preferences shows them; stored as the settings in
/// workbenchsettings.h (their keys and defaults).
struct Preferences
{
    QString authorName = settings::authorName.defaultValue(); ///< recorded in each statement's change history
    int autosaveMinutes = settings::autosaveMinutes.defaultValue(); ///< 0 turns autosave off
    int defaultTarget = settings::defaultTarget.defaultValue();     ///< for new assessments
    ColourScheme colourScheme = colourSchemeFromKey(settings::colourScheme.defaultValue()).value_or(ColourScheme::System);
    QString reportLogo = settings::reportLogo.defaultValue(); ///< the organisation's logo on the report cover; empty for none
    bool reportSignOff = settings::reportSignOff.defaultValue(); ///< the report's sign-off block for the board
    QString reportWordTemplate = settings::reportWordTemplate.defaultValue(); ///< for .docx reports; empty: built-in

    static Preferences load();
    void save() const;
};

/// Edit → Preferences: author name, autosave interval, default target, colour scheme, and the
/// board report's logo and sign-off block.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    /// `prompter` asks for the Word template's file (null: the real file dialog).
    explicit SettingsDialog(const Preferences &current, QWidget *parent = nullptr, Prompter *prompter = nullptr);
    Preferences preferences() const;
    /// Sets the report logo (as Choose… does); returns the problem when the image is unusable,
    /// which leaves the logo as it was.
    std::optional<QString> setReportLogo(const QString &fileName);
    /// Sets the Word template (as its Choose… does), checked as `wgll report --template` checks
    /// it; returns the problem when it is not a Word package, which leaves the setting as it was.
    std::optional<QString> setWordTemplate(const QString &fileName);

private:
    void addGeneralRows(QFormLayout &form, const Preferences &current);
    void addReportRows(QFormLayout &form, const Preferences &current);
    void addWordTemplateRow(QFormLayout &form, const Preferences &current);

    QLineEdit *m_author = nullptr;
    QLabel *m_authorProblem = nullptr;
    QSpinBox *m_autosave = nullptr;
    QSpinBox *m_target = nullptr;
    QComboBox *m_scheme = nullptr;
    QLineEdit *m_logo = nullptr;
    QLabel *m_logoProblem = nullptr;
    QCheckBox *m_signOff = nullptr;
    QLineEdit *m_wordTemplate = nullptr;
    QLabel *m_wordTemplateProblem = nullptr;
    Prompter *m_prompter = nullptr;
};

} // namespace wgll
