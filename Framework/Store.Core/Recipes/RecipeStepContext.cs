using System.Text.Json;
using Store.Core.Data;

namespace Store.Core.Recipes;

/// <summary>One step's JSON, with readers that fail with the step's and field's names.</summary>
public sealed class RecipeStepContext(string stepName, JsonElement step, StoreDbContext db, IServiceProvider services, string currency)
{
    public string StepName => stepName;

    public JsonElement Step => step;

    public StoreDbContext Db => db;

    public IServiceProvider Services => services;

    /// <summary>The shop's currency, chosen at setup.</summary>
    public string Currency => currency;

    public RecipeException Error(string field, string message) => new(stepName, field, message);

    public IEnumerable<(JsonElement Item, string Path)> Items(string field) => Items(step, field, field);

    public IEnumerable<(JsonElement Item, string Path)> Items(JsonElement parent, string field, string path)
    {
        if (!parent.TryGetProperty(field, out var array))
        {
            yield break;
        }

        if (array.ValueKind != JsonValueKind.Array)
        {
            throw Error(path, "must be an array");
        }

        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            yield return (item, $"{path}[{index++}]");
        }
    }

    public string RequiredString(JsonElement obj, string field, string path, int maxLength) =>
        OptionalString(obj, field, path, maxLength) is { Length: > 0 } value ? value : throw Error($"{path}.{field}", "is required");

    public string? OptionalString(JsonElement obj, string field, string path, int maxLength)
    {
        if (obj.ValueKind != JsonValueKind.Object)
        {
            throw Error(path, "must be an object");
        }

        if (!obj.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            throw Error($"{path}.{field}", "must be a string");
        }

        var text = value.GetString()!.Trim();
        return text.Length > maxLength ? throw Error($"{path}.{field}", $"must be at most {maxLength} characters") : text;
    }

    public long? OptionalInteger(JsonElement obj, string field, string path, long min, long max)
    {
        if (!obj.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out var number))
        {
            throw Error($"{path}.{field}", "must be a whole number");
        }

        return number < min || number > max ? throw Error($"{path}.{field}", $"must be between {min} and {max}") : number;
    }

    public bool OptionalBoolean(JsonElement obj, string field, string path, bool fallback)
    {
        if (!obj.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return fallback;
        }

        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw Error($"{path}.{field}", "must be true or false"),
        };
    }

    public decimal? OptionalDecimal(JsonElement obj, string field, string path) =>
        !obj.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number) ? number
        : throw Error($"{path}.{field}", "must be a number");

    /// <summary>Fails the step on an editor's first error, naming the recipe's field (camelCase) under <paramref name="path"/>.</summary>
    public void Check<T>(string path, EditResult<T> result)
        where T : class
    {
        if (result.NotFound)
        {
            throw Error(path, "names nothing that exists");
        }

        if (!result.IsSaved)
        {
            var (field, message) = result.Errors.First();
            throw Error(field.Length == 0 ? path : $"{path}.{JsonNamingPolicy.CamelCase.ConvertName(field)}", message);
        }
    }
}
