using Store.Catalog.Attributes;
using Store.Catalog.Products;
using Store.Catalog.Search;
using Store.Catalog.Variants;
using Store.Core.Data;
using Store.Tests.Infrastructure;
using Xunit;

namespace Store.Tests.Catalog;

/// <summary>
/// An import that writes products straight to the database and records them with
/// <see cref="CatalogChanges.RecordAsync"/>: more than 2,000 at once, so lists reload the whole catalog.
/// </summary>
public sealed class BulkImportTests(CatalogAppFactory app) : IClassFixture<CatalogAppFactory>
{
    private const int Imported = 2_500;

    [Fact]
    public async Task Thousands_of_imported_products_show_in_lists_with_their_counts()
    {
        var shopper = app.Browser();
        var before = await shopper.ListAsync("?page_size=1");
        var red = before.Counts("colour").GetValueOrDefault("Red");

        await app.WithDbAsync(async db =>
        {
            var colour = db.Set<AttributeDefinition>().Single(a => a.Slug == "colour").Id;
            var products = Enumerable.Range(1, Imported).Select(i => new Product
            {
                Name = $"Imported Vase {i}",
                SearchName = SearchText.Normalize($"Imported Vase {i}"),
                Slug = $"imported-vase-{i}",
                Variants = [new ProductVariant { Sku = $"IMP-{i}", Price = 100 * i, Stock = 1 }],
                Status = ProductStatus.Published,
                CreatedUtc = app.Time.GetUtcNow().UtcDateTime,
                UpdatedUtc = app.Time.GetUtcNow().UtcDateTime,
                AttributeValues = [new ProductAttributeValue { AttributeId = colour, Value = "Red" }],
            }).ToList();
            await db.InTransactionAsync(async () =>
            {
                db.AddRange(products);
                await db.SaveChangesAsync();
                await CatalogChanges.RecordAsync(db, products.Select(p => p.Id), app.Time.GetUtcNow().UtcDateTime, CancellationToken.None);
                return true;
            }, CancellationToken.None);
            return 0;
        });

        var after = await shopper.ListAsync("?page_size=1");
        Assert.Equal(before.Total() + Imported, after.Total());
        Assert.Equal(red + Imported, after.Counts("colour")["Red"]);
        Assert.Equal(["Imported Vase 2500"], await shopper.NamesAsync("?q=vase+2500"));
        Assert.Equal(Imported, (await shopper.ListAsync("?q=imported&page_size=1")).Total());
    }
}
