// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "colourscheme.h"

#include <QDialog>
#include <QSettings>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace wgll {

/// The workbench's preferences, each a typed key with its default next to its use.
struct Preferences
{
    QString authorName;      ///< recorded in each statement's change history
    int autosaveMinutes = 2; ///< 0 turns autosave off
    int defaultTarget = 4;   ///< for new assessments
    ColourScheme colourScheme = ColourScheme::System;

    static Preferences load();
    void save() const;
};

/// Edit → Preferences: author name, autosave interval, default target, colour scheme.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(const Preferences &current, QWidget *parent = nullptr);
    Preferences preferences() const;

private:
    QLineEdit *m_author = nullptr;
    QSpinBox *m_autosave = nullptr;
    QSpinBox *m_target = nullptr;
    QComboBox *m_scheme = nullptr;
};

} // namespace wgll
