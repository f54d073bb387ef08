using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;

namespace Store.Translations.Checks;

/// <summary>
/// What a translation must keep of its source: every <c>{n}</c> placeholder (formatting details aside) and every
/// HTML tag. A plural form may leave out <c>{0}</c>, the count, as French does in "un article". Shared by the
/// command-line check, the admin editor and the import, so all three refuse the same mistakes; each says so in its
/// reader's language (<see cref="SourceLocalizer"/> on the command line).
/// </summary>
internal static partial class TranslationRules
{
    /// <summary>Why <paramref name="translation"/> does not fit <paramref name="source"/>, or null when it does.</summary>
    public static string? Problem(string source, string translation, bool pluralForm, IStringLocalizer localizer)
    {
        var expected = Placeholders(source);
        var actual = Placeholders(translation);
        var allowedMissing = pluralForm ? new[] { "{0}" } : [];
        if (actual.Except(expected).Any() || expected.Except(actual).Except(allowedMissing).Any())
        {
            return localizer["placeholders differ from the source: expected {0}, found {1}", Show(expected, localizer["none"]), Show(actual, localizer["none"])];
        }

        var sourceTags = Tags(source);
        var tags = Tags(translation);
        if (!sourceTags.SequenceEqual(tags))
        {
            return localizer["markup differs from the source: expected {0}, found {1}", Show(sourceTags, localizer["none"]), Show(tags, localizer["none"])];
        }

        return null;
    }

    private static List<string> Placeholders(string text) =>
        [.. Placeholder().Matches(text).Select(m => "{" + m.Groups["n"].Value + "}").Distinct().Order(StringComparer.Ordinal)];

    // Tag names with their slash, in sorted order: a translation may move a link, not drop or add one.
    private static List<string> Tags(string text) =>
        [.. Tag().Matches(text).Select(m => "<" + m.Groups["close"].Value + m.Groups["name"].Value.ToLowerInvariant() + ">").Order(StringComparer.Ordinal)];

    private static string Show(List<string> items, string none) => items.Count == 0 ? none : string.Join(" ", items);

    [GeneratedRegex(@"(?<!\{)\{(?<n>\d+)(?:[,:][^}]*)?\}(?!\})")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"<(?<close>/?)(?<name>[A-Za-z][A-Za-z0-9]*)\b[^>]*>")]
    private static partial Regex Tag();
}
