// The baseline: a plain Ink program as people write it (no bundle, default NODE_ENV),
// on the same Ink and React as avis: one line with a counter that j and k change.
import React, {useState} from 'react';
import {render, Text, useApp, useInput} from 'ink';

function Counter() {
	const [count, setCount] = useState(0);
	const {exit} = useApp();
	useInput(input => {
		if (input === 'j') setCount(value => value + 1);
		if (input === 'k') setCount(value => value - 1);
		if (input === 'q') exit();
	});
	return React.createElement(Text, null, `plain ink counter ${count}`);
}

render(React.createElement(Counter));
