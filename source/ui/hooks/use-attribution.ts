import {useEffect, useState} from 'react';
import {attributeArticleInSteps} from '../../article/speakers';
import type {Article} from '../../article/types';

/**
 * Attributes speakers after the first screen is up, a few milliseconds at a time between
 * key presses. Returns true once the article's speakers are filled in.
 */
const useAttribution = (article: Article, alreadyDone: boolean): boolean => {
	const [done, setDone] = useState(alreadyDone);
	useEffect(() => {
		if (done) return;
		const steps = attributeArticleInSteps(article);
		let timer: NodeJS.Immediate | undefined;
		const step = () => {
			if (steps.next().done) setDone(true);
			else timer = setImmediate(step);
		};
		timer = setImmediate(step);
		return () => {
			if (timer) clearImmediate(timer);
		};
	}, [article, done]);
	return done;
};

export default useAttribution;
