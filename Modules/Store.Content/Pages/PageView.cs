using Store.Core.Text;

namespace Store.Content.Pages;

/// <summary>A content page as <c>Pages/Show</c> reads it.</summary>
public sealed record PageView(string PageTitle, string Html, string? MetaTitle, string? MetaDescription, bool IsDraft)
{
    public static PageView From(ContentPage page) => new(page.Title, page.Html, page.MetaTitle, string.IsNullOrWhiteSpace(page.MetaDescription) ? MetaText.FromHtml(page.Html) : page.MetaDescription, !page.IsPublished);
}
