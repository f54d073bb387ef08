using Microsoft.Extensions.DependencyInjection;
using Store.Content.Snippets;
using Store.Core.Recipes;

namespace Store.Content.Recipes;

/// <summary><c>{ "name": "texts", "texts": { "product-shipping": "Markdown…" } }</c>: the shop's fixed-place texts (<see cref="SnippetKeys"/>).</summary>
internal sealed class TextsRecipeStep : IRecipeStep
{
    public string Name => "texts";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var editor = context.Services.GetRequiredService<SnippetEditor>();
        if (!context.Step.TryGetProperty("texts", out var texts) || texts.ValueKind != System.Text.Json.JsonValueKind.Object)
        {
            throw context.Error("texts", "must be an object of text keys and Markdown");
        }

        foreach (var text in texts.EnumerateObject())
        {
            var markdown = context.OptionalString(texts, text.Name, "texts", ContentSnippet.MaxLength);
            var result = await editor.SaveAsync(text.Name, markdown, cancellationToken);
            if (result.NotFound)
            {
                throw context.Error($"texts.{text.Name}", "is not a known text (" + string.Join(", ", SnippetKeys.Names.Keys) + ")");
            }

            RecipeResults.Check(context, $"texts.{text.Name}", result);
        }
    }
}
