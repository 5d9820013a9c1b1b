import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { ExplainLaunchQuery } from '../api/explainTypes';
import { queryString } from '../api/queryString';
import {
  asksQuestion,
  explainFormErrors,
  explainQueryOf,
  readExplainForm,
} from './explainForm';

/**
 * The explainer's question, kept in the query string: a link opens the form filled in and, when it
 * asks a valid question, with the answer. Asking writes the query string (a new history entry, so
 * Back returns to the previous question).
 */
export function useExplainQuestion() {
  const [params, setParams] = useSearchParams();
  const search = params.toString();
  const { values, asked, query } = useMemo(() => {
    const current = new URLSearchParams(search);
    const read = readExplainForm(current);
    const asks = asksQuestion(current);
    const valid = Object.keys(explainFormErrors(read)).length === 0;
    return {
      values: read,
      asked: asks,
      query: asks && valid ? explainQueryOf(read) : undefined,
    };
  }, [search]);
  const ask = useCallback(
    (next: ExplainLaunchQuery) => setParams(queryString(next)),
    [setParams],
  );
  return {
    /** The form's values as the query string holds them. */
    values,
    /** True when the query string asks a question, valid or not. */
    asked,
    /** The question to send, when the query string asks a valid one. */
    query,
    /** Changes whenever the question in the URL does. */
    search,
    ask,
  };
}
