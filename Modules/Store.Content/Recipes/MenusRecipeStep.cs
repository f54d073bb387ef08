using Microsoft.Extensions.DependencyInjection;
using Store.Content.Menus;
using Store.Core.Recipes;

namespace Store.Content.Recipes;

/// <summary><c>{ "name": "menus", "header": [ { "label", "url" } ], "footer": [ … ] }</c>: each menu given replaces that menu.</summary>
internal sealed class MenusRecipeStep : IRecipeStep
{
    public string Name => "menus";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var editor = context.Services.GetRequiredService<MenuEditor>();
        foreach (var menu in MenuNames.All.Where(m => context.Step.TryGetProperty(m, out _)))
        {
            var links = context.Items(menu)
                .Select(i => new MenuLink(
                    context.RequiredString(i.Item, "label", i.Path, MenuItem.LabelMaxLength),
                    context.RequiredString(i.Item, "url", i.Path, MenuItem.UrlMaxLength)))
                .ToList();
            RecipeResults.Check(context, menu, await editor.SaveAsync(menu, links, cancellationToken));
        }
    }
}
