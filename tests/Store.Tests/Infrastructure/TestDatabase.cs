using Microsoft.Data.Sqlite;
using Npgsql;

namespace Store.Tests.Infrastructure;

/// <summary>
/// A fresh, empty database for one test class: a SQLite file in a temp folder, or, when
/// <c>STORE_TEST_POSTGRES</c> holds a connection string to a server, a new PostgreSQL database on it.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "STORE_TEST_POSTGRES";

    private readonly string? _sqliteFolder;
    private readonly string? _postgresAdmin;
    private readonly string? _postgresName;

    public TestDatabase()
    {
        var postgres = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(postgres))
        {
            Provider = "Sqlite";
            _sqliteFolder = Path.Combine(Path.GetTempPath(), "store-tests", Guid.NewGuid().ToString("n"));
            Directory.CreateDirectory(_sqliteFolder);
            ConnectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(_sqliteFolder, "store.db"), DefaultTimeout = 30 }.ToString();
            return;
        }

        Provider = "PostgreSql";
        _postgresAdmin = postgres;
        _postgresName = "store_test_" + Guid.NewGuid().ToString("n");
        using (var connection = new NpgsqlConnection(postgres))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE \"{_postgresName}\"", connection);
            command.ExecuteNonQuery();
        }

        ConnectionString = new NpgsqlConnectionStringBuilder(postgres) { Database = _postgresName, MaxPoolSize = 30 }.ToString();
    }

    public string Provider { get; }

    public string ConnectionString { get; }

    public bool IsPostgres => Provider == "PostgreSql";

    public async ValueTask DisposeAsync()
    {
        if (_postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(_postgresAdmin);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }

        if (_sqliteFolder is not null)
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_sqliteFolder, recursive: true);
            }
            catch (IOException)
            {
                // A file still open on another thread; the temp folder is cleaned by the OS later.
            }
        }
    }
}
