using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Store.Catalog.Products;
using Store.Catalog.Variants;
using Store.Core.Data;
using Store.Core.Modules;
using Store.Tests.Infrastructure;

namespace Store.Tests.Catalog;

/// <summary>A shop that has products from before variants keeps every product's SKU, price, compare-at price and stock, now on one variant.</summary>
public sealed class ProductVariantsMigrationTests(StoreAppFactory app) : IClassFixture<StoreAppFactory>
{
    private const string Before = "CategorySlugRedirects";

    [Fact]
    public async Task Every_existing_product_becomes_one_variant_keeping_sku_price_compare_at_and_stock()
    {
        await using var database = new TestDatabase();
        var options = new DbContextOptionsBuilder<StoreDbContext>();
        if (database.IsPostgres)
        {
            options.UseNpgsql(database.ConnectionString, o => o.MigrationsAssembly(DataServiceCollectionExtensions.PostgreSqlMigrationsAssembly));
        }
        else
        {
            options.UseSqlite(database.ConnectionString, o => o.MigrationsAssembly(DataServiceCollectionExtensions.SqliteMigrationsAssembly));
        }

        await using (var db = new StoreDbContext(options.Options, app.Services.GetRequiredService<ModuleCatalog>()))
        {
            var migrator = db.GetService<IMigrator>();
            var previous = db.Database.GetMigrations().Single(m => m.EndsWith("_" + Before, StringComparison.Ordinal));
            await migrator.MigrateAsync(previous);
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO "CatalogProducts" ("Name", "SearchName", "Slug", "Sku", "DescriptionMarkdown", "DescriptionHtml", "Price", "CompareAtPrice", "Stock", "Status", "CreatedUtc", "UpdatedUtc")
                VALUES ('Old Mug', 'old mug', 'old-mug', 'OLD-1', '', '', 1250, 1500, 7, 1, '2026-01-01 00:00:00', '2026-01-01 00:00:00'),
                       ('Old Lamp', 'old lamp', 'old-lamp', 'OLD-2', '', '', 4000, NULL, 0, 0, '2026-01-02 00:00:00', '2026-01-02 00:00:00')
                """);

            await migrator.MigrateAsync();
        }

        await using (var db = new StoreDbContext(options.Options, app.Services.GetRequiredService<ModuleCatalog>()))
        {
            var products = await db.Set<Product>().AsNoTracking().Include(p => p.Variants).Include(p => p.Options).OrderBy(p => p.Id).ToListAsync();

            Assert.Equal(["Old Mug", "Old Lamp"], products.Select(p => p.Name));
            Assert.All(products, p => Assert.Empty(p.Options));
            var mug = Assert.Single(products[0].Variants);
            Assert.Equal(("OLD-1", 1250L, (long?)1500, 7, 0), (mug.Sku, mug.Price, mug.CompareAtPrice, mug.Stock, mug.Position));
            Assert.Empty(mug.OptionValues());
            var lamp = Assert.Single(products[1].Variants);
            Assert.Equal(("OLD-2", 4000L, (long?)null, 0), (lamp.Sku, lamp.Price, lamp.CompareAtPrice, lamp.Stock));

            // The SKU stays unique across the shop, now on variants.
            db.Add(new ProductVariant { ProductId = products[1].Id, Position = 1, Sku = "OLD-1", Price = 1 });
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }
    }
}
