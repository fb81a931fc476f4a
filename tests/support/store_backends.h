#pragma once
// Test support: the same store test on both backends. A project file always;
// a server project when GW_TEST_SERVER names the private PostgreSQL server's
// folder (tests/server/pg_server.sh; the server_stores test sets it), each
// test in a fresh database of its own. Instantiate a suite with
//   INSTANTIATE_TEST_SUITE_P(Backends, Suite, storeBackends(), backendName);

#include "core/model/project.h"
#include "core/server/pg_connection.h"
#include "core/server/pg_session.h"
#include "core/server/server_project.h"
#include "core/store/sql_session.h"
#include "tests/support/temp_project.h"

#include <QCoreApplication>
#include <QFile>
#include <gtest/gtest.h>
#include <memory>
#include <string>
#include <vector>

namespace gw::test {

enum class Backend { File, Server };

inline std::vector<Backend> storeBackends()
{
    if (qEnvironmentVariableIsEmpty("GW_TEST_SERVER"))
        return {Backend::File};
    return {Backend::File, Backend::Server};
}

inline std::string backendName(const ::testing::TestParamInfo<Backend> &info)
{
    return info.param == Backend::File ? "file" : "server";
}

// A fresh, empty project on the backend, open as a session.
class BackendProject
{
public:
    // Fails the test (ADD_FAILURE) and leaves session() null when it cannot.
    explicit BackendProject(Backend backend)
    {
        if (backend == Backend::File) {
            auto p = Project::create(m_dir.path(QStringLiteral("store.groundwork")));
            if (!p) {
                ADD_FAILURE() << p.error().message.toStdString();
                return;
            }
            m_project = std::move(*p);
            m_session = std::make_unique<SqliteSession>(m_project->database());
            return;
        }
        QFile file(qEnvironmentVariable("GW_TEST_SERVER") + QStringLiteral("/url"));
        if (!file.open(QIODevice::ReadOnly)) {
            ADD_FAILURE() << "no private server's URL in " << file.fileName().toStdString();
            return;
        }
        static int made = 0;
        const QString name = QStringLiteral("gw_store_%1_%2").arg(QCoreApplication::applicationPid()).arg(++made);
        QString url = QString::fromUtf8(file.readAll()).trimmed();
        url.replace(QStringLiteral("///postgres?"), QStringLiteral("///%1?").arg(name));
        auto connection = connectServer(url, true);
        if (!connection) {
            ADD_FAILURE() << connection.error().message.toStdString();
            return;
        }
        m_connection = std::make_unique<PgConnection>(std::move(*connection));
        if (auto ok = initServerProject(*m_connection); !ok) {
            ADD_FAILURE() << ok.error().message.toStdString();
            return;
        }
        m_session = std::make_unique<PgSession>(*m_connection);
        m_url = url;
    }
    [[nodiscard]] SqlSession *session() const { return m_session.get(); }
    // The server project's URL and the session's connection (none for a file).
    [[nodiscard]] QString url() const { return m_url; }
    [[nodiscard]] PgConnection *connection() const { return m_connection.get(); }

private:
    TempDir m_dir;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<PgConnection> m_connection;
    std::unique_ptr<SqlSession> m_session;
    QString m_url;
};

// The server alone, for what only a server project does.
inline std::vector<Backend> serverBackends()
{
    auto all = storeBackends();
    std::erase(all, Backend::File);
    return all;
}

} // namespace gw::test
