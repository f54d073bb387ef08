using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Store.Catalog.Attributes;
using Store.Catalog.Categories;
using Store.Catalog.Contracts;
using Store.Catalog.Products;
using Store.Catalog.Search;
using Store.Catalog.Variants;
using Store.Core.Data;
using Store.Currencies.Currencies;
using Store.Currencies.Rates;
using Store.Reviews.Reviews;

namespace Store.Bench;

/// <summary>Writes N products straight through EF in batches (the editor's per-product checks would dominate at 100,000).</summary>
internal static class CatalogSeeder
{
    public static readonly string[] Adjectives = ["Linen", "Walnut", "Speckled", "Café", "Stoneware", "Brass", "Woven", "Matte", "Crème", "Glass", "Copper", "Oak", "Velvet", "Enamel", "Rattan", "Marble"];
    public static readonly string[] Nouns = ["Mug", "Lamp", "Bowl", "Vase", "Tote", "Journal", "Bottle", "Planter", "Towel", "Board", "Candle", "Basket", "Throw", "Clock", "Mirror", "Tray"];
    private static readonly string[] Colours = ["Red", "Blue", "Green", "Black", "White"];
    private static readonly string[] Materials = ["Ceramic", "Glass", "Cotton", "Wood", "Steel"];

    public static async Task SeedAsync(IServiceProvider services, int count)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<StoreDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var categories = Enumerable.Range(1, 10).Select(i => new Category { Name = $"Category {i}", Slug = $"category-{i}", SortOrder = i }).ToList();
        var colour = await ChoiceAttributeAsync(db, "colour", "Colour", Colours, 0);
        var material = await ChoiceAttributeAsync(db, "material", "Material", Materials, 1);
        db.AddRange(categories);
        await db.SaveChangesAsync();

        var random = new Random(42);
        var start = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        const int batch = 2_000;
        for (var offset = 0; offset < count; offset += batch)
        {
            for (var i = offset; i < Math.Min(count, offset + batch); i++)
            {
                var name = $"{Adjectives[random.Next(Adjectives.Length)]} {Nouns[random.Next(Nouns.Length)]} {i + 1}";
                var product = new Product
                {
                    Name = name,
                    SearchName = SearchText.Normalize(name),
                    Slug = $"product-{i + 1}",
                    DescriptionMarkdown = "A product.",
                    DescriptionHtml = "<p>A product.</p>",
                    // Every twentieth product is a draft: the lists must skip them.
                    Status = (i + 1) % 20 == 0 ? ProductStatus.Draft : ProductStatus.Published,
                    CreatedUtc = start.AddMinutes(i),
                    UpdatedUtc = start.AddMinutes(i),
                    Categories = [new ProductCategory { CategoryId = categories[random.Next(categories.Count)].Id }],
                    Variants = VariantsOf(i, random),
                    Options = i % 4 == 0 ? [new ProductOption { Position = 0, Name = "Size", Values = [.. Sizes] }] : [],
                    AttributeValues =
                    [
                        new ProductAttributeValue { AttributeId = colour.Id, Value = Colours[random.Next(Colours.Length)] },
                        new ProductAttributeValue { AttributeId = material.Id, Value = Materials[random.Next(Materials.Length)] },
                    ],
                };
                db.Add(product);
            }

            await db.SaveChangesAsync();
            var written = db.ChangeTracker.Entries<Product>().Select(e => e.Entity.Id).ToList();
            AddReviews(db, written, random, start);
            await db.SaveChangesAsync();

            // A bulk import tells the product index what it wrote, like every other catalog write.
            await CatalogChanges.RecordAsync(db, written, start, CancellationToken.None);
            db.ChangeTracker.Clear();
        }

        // Fresh statistics on both providers (SQLite and PostgreSQL spell it the same way).
        await db.Database.ExecuteSqlRawAsync("ANALYZE");

        // The shop also sells in euros (as the demo does), so a price range typed in euros can be measured.
        var currencies = scope.ServiceProvider.GetRequiredService<CurrencyEditor>();
        await currencies.SaveCurrencyAsync(null, new CurrencyInput("EUR", 0.01m, 0m), CancellationToken.None);
        await currencies.SaveRateAsync(new RateInput("EUR", 0.92m, null), "bench", CancellationToken.None);
    }

    /// <summary>
    /// Approved reviews on every third product (as the demo shop has), 1 to 5 each of 1 to 5 stars, so lists sorted by
    /// rating or filtered "4 stars and up" have ratings to order and a few products to find.
    /// </summary>
    private static void AddReviews(StoreDbContext db, List<int> productIds, Random random, DateTime start)
    {
        foreach (var productId in productIds.Where(id => id % 3 == 0))
        {
            var count = random.Next(1, 6);
            for (var r = 0; r < count; r++)
            {
                db.Add(new Review
                {
                    ProductId = productId,
                    UserId = $"bench-reviewer-{r}",
                    Author = $"Reviewer {r}.",
                    Rating = random.Next(1, 6),
                    Title = "A review",
                    Body = "Does what it says.",
                    Status = ReviewStatus.Approved,
                    CreatedUtc = start,
                    UpdatedUtc = start,
                });
            }
        }
    }

    /// <summary>
    /// The choice attribute with <paramref name="slug"/>, made or, when the shop already has it (the demo recipe
    /// has a colour and a material), given the seeder's choices too, so the generated products sit beside the demo's.
    /// </summary>
    private static async Task<AttributeDefinition> ChoiceAttributeAsync(StoreDbContext db, string slug, string name, string[] choices, int sortOrder)
    {
        var attribute = await db.Set<AttributeDefinition>().FirstOrDefaultAsync(a => a.Slug == slug);
        if (attribute is null)
        {
            attribute = new AttributeDefinition { Name = name, Slug = slug, Type = AttributeType.Choice, Choices = [.. choices], SortOrder = sortOrder };
            db.Add(attribute);
        }
        else
        {
            attribute.Choices = [.. attribute.Choices.Union(choices)];
            db.Update(attribute);
        }

        return attribute;
    }

    /// <summary>Sizes of every fourth product, each its own variant (a shop of N products sells about 1.5 N variants).</summary>
    public static readonly string[] Sizes = ["S", "M", "L"];

    private static List<ProductVariant> VariantsOf(int i, Random random)
    {
        var price = random.Next(100, 50_000);
        return i % 4 != 0
            ? [new ProductVariant { Sku = $"SKU-{i + 1:000000}", Price = price, Stock = random.Next(0, 50) }]
            : [.. Sizes.Select((size, position) => new ProductVariant
            {
                Sku = $"SKU-{i + 1:000000}-{size}", Position = position, Option1 = size, Price = price + (position * 500), Stock = random.Next(0, 20),
            })];
    }

    /// <summary>One unit of a product's first variant sold and put back, through the contract orders use.</summary>
    public static async Task TakeStockAsync(IServiceProvider services, int productId)
    {
        await using var scope = services.CreateAsyncScope();
        var products = scope.ServiceProvider.GetRequiredService<ICatalogProducts>();
        var variantId = (await products.GetPublishedProductVariantsAsync(productId, CancellationToken.None))[0].VariantId;
        if (!await products.TryReserveAsync([new StockLine(variantId, 1)], CancellationToken.None))
        {
            await products.ReleaseAsync([new StockLine(variantId, 10)], CancellationToken.None);
        }
    }

    /// <summary>A new price written the way the editor writes it: the row and its change in one transaction.</summary>
    public static async Task RepriceAsync(IServiceProvider services, int productId, long price)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<StoreDbContext>();
        await db.InTransactionAsync(async () =>
        {
            await db.Set<ProductVariant>().Where(v => v.ProductId == productId).ExecuteUpdateAsync(s => s.SetProperty(v => v.Price, price));
            await CatalogChanges.RecordAsync(db, [productId], DateTime.UtcNow, CancellationToken.None);
            return true;
        }, CancellationToken.None);
    }
}
