namespace Store.Reviews.Invitations;

/// <summary>What <c>Email/ReviewInvitation.liquid</c> reads: the customer's name, the order and a link to review each product.</summary>
public sealed record ReviewInvitationEmail(string Name, string OrderNumber, IReadOnlyList<ReviewInvitationLink> Products);

/// <summary>One product of the order and the address of its review form.</summary>
public sealed record ReviewInvitationLink(string Name, string Url);
