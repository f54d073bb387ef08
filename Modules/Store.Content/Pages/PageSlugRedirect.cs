namespace Store.Content.Pages;

/// <summary>A slug a page used to have: links to it answer 301 to the current one.</summary>
public sealed class PageSlugRedirect
{
    public string Slug { get; set; } = string.Empty;

    public int PageId { get; set; }
}
