namespace Store.Content.Pages;

/// <summary>What the admin and recipes send to save a page; an empty slug is made from the title.</summary>
public sealed record PageInput(string? Title, string? Slug, string? Markdown, bool Published, string? MetaTitle, string? MetaDescription);
