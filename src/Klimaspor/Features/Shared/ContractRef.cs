namespace Klimaspor.Features;

/// <summary>A contract as headings, lists and filters name it: its reference and title, with its id for links.</summary>
public sealed record ContractRef(Guid Id, string Reference, string Title);
