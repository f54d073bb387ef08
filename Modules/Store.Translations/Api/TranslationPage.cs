using Store.Translations.Overrides;

namespace Store.Translations.Api;

/// <summary>One page of strings: <c>total</c> matching, <c>page</c> (1-based) of <c>pageSize</c>.</summary>
public sealed record TranslationPage(int Total, int Page, int PageSize, IReadOnlyList<TranslationRow> Items);
