using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Store.Tests.Foundation;

public sealed class CommandLineTests
{
    [Fact]
    public async Task Migrate_command_applies_the_migrations_and_exits()
    {
        var folder = Path.Combine(Path.GetTempPath(), "store-migrate-" + Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "store.db");
        try
        {
            var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Store.Web.dll"), "migrate"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = folder,
            };
            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
            start.Environment["Database__Provider"] = "Sqlite";
            start.Environment["Email__BaseUrl"] = "https://shop.example";
            start.Environment["Database__ConnectionString"] = $"Data Source={file}";
            using var process = Process.Start(start)!;
            var output = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();

            Assert.True(process.ExitCode == 0, output + await process.StandardError.ReadToEndAsync());
            Assert.Contains("Migrations applied.", output, StringComparison.Ordinal);
            await using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
            await connection.OpenAsync();
            await using var command = new SqliteCommand("SELECT count(*) FROM sqlite_master WHERE name IN ('Sites', 'Users', '__EFMigrationsHistory')", connection);
            Assert.Equal(3L, (long)(await command.ExecuteScalarAsync())!);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Production_without_the_shop_s_public_address_refuses_to_start_and_says_why()
    {
        var folder = Path.Combine(Path.GetTempPath(), "store-nobaseurl-" + Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(folder);
        try
        {
            var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Store.Web.dll"), "migrate"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = folder,
            };
            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
            start.Environment["Database__ConnectionString"] = $"Data Source={Path.Combine(folder, "store.db")}";
            using var process = Process.Start(start)!;
            var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();

            Assert.NotEqual(0, process.ExitCode);
            Assert.Contains("Set Email:BaseUrl to the shop's public address", output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
