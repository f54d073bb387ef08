namespace Store.Core.Data;

/// <summary>
/// What an editor's save or delete did, the same for the admin page, the API and recipes: saved (with the
/// saved value), invalid (errors keyed by field, <c>""</c> for the whole thing), or not found. Nothing is
/// written unless it is saved.
/// </summary>
public sealed record EditResult<T>(T? Value, IReadOnlyDictionary<string, string> Errors, bool NotFound = false)
    where T : class
{
    public bool IsSaved => !NotFound && Errors.Count == 0;
}
