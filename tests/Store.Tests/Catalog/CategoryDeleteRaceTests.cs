using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Store.Catalog;
using Store.Catalog.Categories;
using Store.Core.Data;
using Store.Core.Modules;

namespace Store.Tests.Catalog;

public sealed class CategoryDeleteRaceTests(CatalogAppFactory app) : IClassFixture<CatalogAppFactory>
{
    [Fact]
    public async Task A_subcategory_added_between_the_check_and_the_delete_is_answered_with_the_message_not_a_500()
    {
        var parentId = await app.WithDbAsync(async db =>
        {
            var parent = new Category { Name = "Race parent", Slug = "race-parent" };
            db.Add(parent);
            await db.SaveChangesAsync();
            return parent.Id;
        });

        // Another merchandiser adds a subcategory at the last moment: just before the DELETE runs.
        var interceptor = new BeforeCategoryDelete(() => app.WithDbAsync(async db =>
        {
            db.Add(new Category { Name = "Late child", Slug = "race-late-child", ParentId = parentId });
            return await db.SaveChangesAsync();
        }));
        await using var scope = app.Services.CreateAsyncScope();
        var options = new DbContextOptionsBuilder<StoreDbContext>(scope.ServiceProvider.GetRequiredService<DbContextOptions<StoreDbContext>>())
            .AddInterceptors(interceptor).Options;
        await using var db = new StoreDbContext(options, scope.ServiceProvider.GetRequiredService<ModuleCatalog>());
        var editor = new CategoryEditor(db, TimeProvider.System, scope.ServiceProvider.GetRequiredService<CatalogCache>(), scope.ServiceProvider.GetRequiredService<IStringLocalizer<CategoryEditor>>());

        var problem = await editor.DeleteAsync(parentId, CancellationToken.None);

        Assert.True(interceptor.Fired);
        Assert.Equal("Move or delete its subcategories first.", problem);
        Assert.Equal(2, await app.WithDbAsync(d => d.Set<Category>().CountAsync(c => c.Slug.StartsWith("race-"))));
    }

    private sealed class BeforeCategoryDelete(Func<Task<int>> interleave) : DbCommandInterceptor
    {
        public bool Fired { get; private set; }

        public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (!Fired && command.CommandText.StartsWith("DELETE", StringComparison.OrdinalIgnoreCase) && command.CommandText.Contains("Categor", StringComparison.Ordinal))
            {
                Fired = true;
                await interleave();
            }

            return result;
        }
    }
}
