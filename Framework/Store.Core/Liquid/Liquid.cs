namespace Store.Core.Liquid;

/// <summary>Factory for Liquid page results: <c>return Liquid.Page("Home/Index", model);</c></summary>
public static class Liquid
{
    public static LiquidResult Page(string view, object? model = null, int statusCode = 200, IReadOnlyDictionary<string, object?>? values = null) =>
        new(view, model, statusCode, values);
}
