namespace Store.Core.Data;

/// <summary>Makes <see cref="EditResult{T}"/>s: <c>EditResult.Saved(category)</c>, <c>EditResult.Invalid&lt;TaxRate&gt;("Rate", "…")</c>.</summary>
public static class EditResult
{
    public static EditResult<T> Saved<T>(T value)
        where T : class => new(value, new Dictionary<string, string>());

    public static EditResult<T> Invalid<T>(IReadOnlyDictionary<string, string> errors)
        where T : class => new(null, errors);

    public static EditResult<T> Invalid<T>(string field, string message)
        where T : class => new(null, new Dictionary<string, string> { [field] = message });

    public static EditResult<T> Missing<T>()
        where T : class => new(null, new Dictionary<string, string>(), NotFound: true);
}
