/**
 * The operations only curators and admins send: the review queue and its decisions. Generated
 * apart from the others (graph/shared/generated/curators.ts) and imported only by what loads for
 * curators, so that none of it is in the explorer's first load.
 */
export {
  ReviewDecideDocument as REVIEW_DECIDE,
  ReviewEditDocument as REVIEW_EDIT,
  ReviewFacetsDocument as REVIEW_FACETS,
  ReviewHistoryDocument as REVIEW_HISTORY,
  ReviewLatestDocument as REVIEW_LATEST,
  ReviewQueueDocument as REVIEW_QUEUE,
  ReviewRevertDocument as REVIEW_REVERT,
} from "@/graph/shared/generated/curators";
