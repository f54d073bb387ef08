using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace Store.Catalog;

/// <summary>
/// Two merchandisers (or API clients) editing one product, category or attribute: each save names the
/// <c>Version</c> it started from and moves it up by one with a conditional update
/// (<c>UPDATE … SET Version = n + 1 WHERE Id = @id AND Version = n</c>), the first statement of the save's
/// transaction. The row lock it takes makes a second save of the same version wait, then find the version
/// gone, so exactly one of two racing saves wins; the other is refused with <see cref="Message"/> and nothing
/// of it is written. A save that names no version (recipes, an API write without <c>If-Match</c>) starts from
/// the version it read, so it still cannot interleave with another save, but it overwrites an earlier one.
/// </summary>
internal static class EditConflict
{
    /// <summary>The error key editors answer a stale version with (the input's <c>Version</c> field).</summary>
    public const string Key = "Version";

    public static string Message(string what) => $"This {what} was changed by someone else since you opened it.";

    public static Dictionary<string, string> Errors(string what) => new(StringComparer.Ordinal) { [Key] = Message(what) };

    public static bool IsConflict(IReadOnlyDictionary<string, string> errors) => errors.ContainsKey(Key);

    /// <summary>
    /// Moves the version of the one row <paramref name="row"/> selects from <paramref name="opened"/> to the next;
    /// false when it is no longer at <paramref name="opened"/>. The first statement of the save's transaction.
    /// </summary>
    public static async Task<bool> ClaimAsync<T>(IQueryable<T> row, Expression<Func<T, int>> version, int opened, CancellationToken cancellationToken)
    {
        var atOpened = Expression.Lambda<Func<T, bool>>(Expression.Equal(version.Body, Expression.Constant(opened)), version.Parameters);
        return await row.Where(atOpened).ExecuteUpdateAsync(s => s.SetProperty(version, opened + 1), cancellationToken) == 1;
    }
}
