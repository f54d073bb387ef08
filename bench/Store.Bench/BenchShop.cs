using Store.Tests.Infrastructure;

namespace Store.Bench;

/// <summary>
/// The shop in memory (TestServer) set up with the default recipe, on a fresh database from the test
/// infrastructure: SQLite, or PostgreSQL when <c>STORE_TEST_POSTGRES</c> is set.
/// </summary>
internal sealed class BenchShop : StoreAppFactory
{
    public BenchShop()
    {
        Setting("Logging:LogLevel:Default", "Error");
        Setting("Catalog:Media:Root", Path.Combine(Path.GetTempPath(), "store-bench-media"));
    }
}
