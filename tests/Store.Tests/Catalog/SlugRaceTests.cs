using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Store.Catalog.Attributes;
using Store.Catalog.Categories;
using Store.Core.Data;

namespace Store.Tests.Catalog;

/// <summary>
/// Two merchandisers saving the same new slug at once: both pass the check, the unique index refuses the
/// second. A row with the slug, added to the same unit of work, stands in for the other save.
/// </summary>
public sealed class SlugRaceTests(CatalogAppFactory app) : IClassFixture<CatalogAppFactory>
{
    [Fact]
    public async Task A_category_that_loses_the_race_for_its_slug_is_refused_with_a_message()
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<StoreDbContext>().Add(new Category { Name = "Rugs", Slug = "race-rugs" });
            var (saved, errors) = await scope.ServiceProvider.GetRequiredService<CategoryEditor>()
                .SaveAsync(null, new CategoryInput("Rugs", "race-rugs", null, null), CancellationToken.None);
            Assert.Null(saved);
            Assert.Contains(nameof(CategoryInput.Slug), errors.Keys);
        }

        Assert.Equal(0, await app.WithDbAsync(db => db.Set<Category>().CountAsync(c => c.Slug == "race-rugs")));
    }

    [Fact]
    public async Task An_attribute_that_loses_the_race_for_its_slug_is_refused_with_a_message()
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<StoreDbContext>().Add(new AttributeDefinition { Name = "Pile", Slug = "race-pile" });
            var (saved, errors) = await scope.ServiceProvider.GetRequiredService<AttributeEditor>()
                .SaveAsync(null, new AttributeInput("Pile", "race-pile", AttributeType.Text, []), CancellationToken.None);
            Assert.Null(saved);
            Assert.Contains(nameof(AttributeInput.Slug), errors.Keys);
        }

        Assert.Equal(0, await app.WithDbAsync(db => db.Set<AttributeDefinition>().CountAsync(a => a.Slug == "race-pile")));
    }
}
