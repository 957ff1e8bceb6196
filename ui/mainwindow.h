// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "framework/framework.h"

#include <QMainWindow>

class QLabel;
class QTreeWidget;

namespace wgll {

/// The workbench's main window. It composes the views; the work happens in core and in the
/// views themselves. Currently shows the framework being assessed: measures and statements in
/// a navigator, the selected statement with its measure summary and the maturity scale.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Framework framework, QWidget *parent = nullptr);

    const Framework &framework() const { return m_framework; }
    /// Selects the statement (or measure) with this id in the navigator.
    bool selectItem(const QString &id);

private:
    void buildNavigator();
    void buildMenus();
    void showSelection();

    Framework m_framework;
    QTreeWidget *m_navigator = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_statement = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_scale = nullptr;
};

} // namespace wgll
