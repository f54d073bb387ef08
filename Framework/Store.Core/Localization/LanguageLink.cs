namespace Store.Core.Localization;

/// <summary>The current page in one of the shop's languages: for <c>hreflang</c> alternates (<see cref="Url"/>) and the switcher (<see cref="Path"/>).</summary>
/// <param name="Culture">The culture's name, as <c>hreflang</c> and <c>lang</c> want it.</param>
/// <param name="Name">The language's name in itself ("Français"), which its speakers recognise whatever the page's language.</param>
/// <param name="Url">The absolute canonical address of the page in this language.</param>
/// <param name="Path">The site-relative address of the page in this language, query kept.</param>
/// <param name="Current">True for the language the page is in.</param>
public sealed record LanguageLink(string Culture, string Name, string Url, string Path, bool Current);
