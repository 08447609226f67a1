import {useInput} from 'ink';
import {useEffect, useState} from 'react';

// Typed text only: no control characters from the terminal reach the query.
const printable = /[^\p{Cc}\p{Cf}]/gu;

/** A one-line text field: type, Backspace, Enter submits, Esc cancels. */
const useLineInput = (options: {
	readonly isActive: boolean;
	/** Text to start with when the field opens (typed ahead in the same burst as the opening key). */
	readonly initial?: string;
	readonly onSubmit: (value: string) => void;
	readonly onCancel: () => void;
}) => {
	const [value, setValue] = useState('');
	const {isActive, initial = ''} = options;
	useEffect(() => {
		if (isActive) setValue(initial);
	}, [isActive, initial]);
	useInput(
		(input, key) => {
			if (key.escape || (key.ctrl && input === 'c')) {
				setValue('');
				options.onCancel();
				return;
			}
			if (key.return) {
				options.onSubmit(value);
				setValue('');
				return;
			}
			if (key.backspace || key.delete) {
				setValue(previous => Array.from(previous).slice(0, -1).join(''));
				return;
			}
			if (key.ctrl || key.meta) return;
			const typed = (input.match(printable) ?? []).join('');
			if (typed) setValue(previous => previous + typed);
		},
		{isActive: options.isActive},
	);
	return value;
};

export default useLineInput;
