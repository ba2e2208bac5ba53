using Klimaspor.Web;

namespace Klimaspor.Features.Exports;

/// <summary>A contract's counted reports as a workbook or CSV for Excel (<see cref="ContractExport"/>).</summary>
internal static class ExportContractFigures
{
    public static async Task<Outcome<ExportFile>> Handle(Guid contractId, string? format, string culture, AppServices services, CancellationToken cancellationToken)
    {
        if (await ContractFigures.Handle(contractId, services, cancellationToken) is not { } figures)
        {
            return Outcome<ExportFile>.NotFound;
        }

        return TableExport.File(ContractExport.Document(figures, culture), format, $"Klimaspor-{figures.Contract.Reference}-tall", culture);
    }
}
