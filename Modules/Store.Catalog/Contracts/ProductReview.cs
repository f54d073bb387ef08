namespace Store.Catalog.Contracts;

/// <summary>One approved review: plain text, which the page encodes (links are never links).</summary>
public sealed record ProductReview(int Id, int Rating, string Title, string Body, string Author, DateTime CreatedUtc, int Helpful);
