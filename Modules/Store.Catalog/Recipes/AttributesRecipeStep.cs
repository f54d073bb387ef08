using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Store.Catalog.Attributes;
using Store.Core.Recipes;

namespace Store.Catalog.Recipes;

/// <summary><c>{ "name": "attributes", "attributes": [ { "name", "slug"?, "type": "text|number|yesno|choice", "choices": [] } ] }</c>.</summary>
internal sealed class AttributesRecipeStep : IRecipeStep
{
    public string Name => "attributes";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var editor = context.Services.GetRequiredService<AttributeEditor>();
        var order = 0;
        foreach (var (item, path) in context.Items("attributes").ToList())
        {
            var typeName = context.OptionalString(item, "type", path, 20) ?? "text";
            if (!Enum.TryParse<AttributeType>(typeName, ignoreCase: true, out var type) || !Enum.IsDefined(type))
            {
                throw context.Error($"{path}.type", "must be text, number, yesno or choice");
            }

            var choices = context.Items(item, "choices", path + ".choices")
                .Select(c => c.Item.ValueKind == JsonValueKind.String ? c.Item.GetString()! : throw context.Error(c.Path, "must be a string"))
                .ToList();
            var input = new AttributeInput(
                context.RequiredString(item, "name", path, AttributeDefinition.NameMaxLength),
                context.OptionalString(item, "slug", path, Slugs.MaxLength),
                type,
                choices,
                order++);
            var (attribute, errors) = await editor.SaveAsync(null, input, cancellationToken);
            if (attribute is null)
            {
                var (key, message) = errors.First();
                throw context.Error($"{path}.{key.ToLowerInvariant()}", message);
            }
        }
    }
}
