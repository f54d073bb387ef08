using Microsoft.Extensions.DependencyInjection;
using Store.Content.Pages;
using Store.Core.Recipes;

namespace Store.Content.Recipes;

/// <summary>
/// <c>{ "name": "pages", "pages": [ { "title", "slug"?, "markdown", "published"? (true), "metaTitle"?, "metaDescription"? } ] }</c>,
/// saved through the same rules as the admin.
/// </summary>
internal sealed class PagesRecipeStep : IRecipeStep
{
    public string Name => "pages";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var editor = context.Services.GetRequiredService<PageEditor>();
        foreach (var (item, path) in context.Items("pages").ToList())
        {
            var input = new PageInput(
                context.RequiredString(item, "title", path, ContentPage.TitleMaxLength),
                context.OptionalString(item, "slug", path, Store.Catalog.Slugs.MaxLength),
                context.OptionalString(item, "markdown", path, ContentPage.BodyMaxLength),
                context.OptionalBoolean(item, "published", path, true),
                context.OptionalString(item, "metaTitle", path, ContentPage.MetaTitleMaxLength),
                context.OptionalString(item, "metaDescription", path, ContentPage.MetaDescriptionMaxLength));
            RecipeResults.Check(context, path, await editor.SaveAsync(null, input, cancellationToken));
        }
    }
}
